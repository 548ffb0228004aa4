package org.hemicycle.cocreation.internal;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "meeting_registration")
public class MeetingRegistrationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long accountId;
    private Instant registeredAt;

    protected MeetingRegistrationEntity() {
    }

    public MeetingRegistrationEntity(Long meetingId, Long accountId) {
        this.meetingId = meetingId;
        this.accountId = accountId;
        this.registeredAt = Instant.now();
    }

    public Long getId() { return id; }
}
