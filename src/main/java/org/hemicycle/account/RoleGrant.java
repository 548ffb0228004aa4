package org.hemicycle.account;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "role_grant")
class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "parliament_id")
    private Long parliamentId;

    @Enumerated(EnumType.STRING)
    private ParliamentRole role;

    private Instant grantedAt;

    protected RoleGrant() {
    }

    RoleGrant(Long userId, Long parliamentId, ParliamentRole role) {
        this.userId = userId;
        this.parliamentId = parliamentId;
        this.role = role;
        this.grantedAt = Instant.now();
    }

    Long getId() { return id; }
    Long getUserId() { return userId; }
    Long getParliamentId() { return parliamentId; }
    ParliamentRole getRole() { return role; }
    Instant getGrantedAt() { return grantedAt; }
}
