package org.hemicycle.account.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.account.ParliamentRole;

@Entity
@Table(name = "role_grant")
public class RoleGrant {

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

    public RoleGrant(Long userId, Long parliamentId, ParliamentRole role) {
        this.userId = userId;
        this.parliamentId = parliamentId;
        this.role = role;
        this.grantedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getParliamentId() { return parliamentId; }
    public ParliamentRole getRole() { return role; }
    public Instant getGrantedAt() { return grantedAt; }
}
