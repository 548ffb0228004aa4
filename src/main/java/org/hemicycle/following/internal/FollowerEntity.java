package org.hemicycle.following.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.following.Frequency;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "follower")
public class FollowerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private @Nullable Long consultationId;
    private String subject;
    private String email;
    private String language;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    @Enumerated(EnumType.STRING)
    private Frequency requestedFrequency;
    private String token;
    private @Nullable Instant confirmedAt;
    private Instant newsSince;
    private Instant createdAt;

    protected FollowerEntity() {
    }

    public FollowerEntity(Long planId, @Nullable Long consultationId, String subject, String email, String language,
                          Frequency frequency, String token) {
        this.planId = planId;
        this.consultationId = consultationId;
        this.subject = subject;
        this.email = email;
        this.language = language;
        this.frequency = frequency;
        this.requestedFrequency = frequency;
        this.token = token;
        this.createdAt = Instant.now();
        this.newsSince = createdAt;
    }

    /** Asked again (another frequency, a lost message): a new link, which applies the request when followed. */
    public void askedAgain(Frequency frequency, String language, String token) {
        this.requestedFrequency = frequency;
        this.language = language;
        this.token = token;
    }

    /** The address's owner followed the link: from now on, news is sent at the frequency they asked for. */
    public void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
            newsSince = now;
        }
        frequency = requestedFrequency;
    }

    public void sentUntil(Instant until) {
        newsSince = until;
    }

    public Long getId() { return id; }
    public String getToken() { return token; }
    public Long getPlanId() { return planId; }
    public @Nullable Long getConsultationId() { return consultationId; }
    public String getSubject() { return subject; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public Frequency getFrequency() { return frequency; }
    public Frequency getRequestedFrequency() { return requestedFrequency; }
    public @Nullable Instant getConfirmedAt() { return confirmedAt; }
    public Instant getNewsSince() { return newsSince; }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
