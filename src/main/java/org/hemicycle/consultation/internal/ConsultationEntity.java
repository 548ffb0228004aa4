package org.hemicycle.consultation.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationDetails;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consultation")
public class ConsultationEntity implements Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private String title;
    private @Nullable String description;
    private @Nullable String timeline;
    private Instant opensAt;
    private Instant closesAt;
    private String timeZone;
    private Instant createdAt;
    private @Nullable Instant timelinePublishedAt;

    @Version
    private int version;

    protected ConsultationEntity() {
    }

    public ConsultationEntity(Long planId, ConsultationDetails details) {
        this.planId = planId;
        this.createdAt = Instant.now();
        apply(details);
    }

    /** The details are checked by ConsultationService first: every field is there, the moments exist in the zone. */
    public void apply(ConsultationDetails details) {
        ZoneId zone = ZoneId.of(details.timeZone());
        this.title = Text.clean(details.title());
        this.description = Text.clean(details.description());
        this.timeline = Text.clean(details.timeline());
        if (timeline != null && timelinePublishedAt == null) {
            this.timelinePublishedAt = Instant.now();
        }
        this.timeZone = zone.getId();
        this.opensAt = ZonedDateTime.of(details.opensOn(), details.opensAt(), zone).toInstant();
        this.closesAt = ZonedDateTime.of(details.closesOn(), details.closesAt(), zone).toInstant();
    }

    @Override
    public ConsultationDetails details() {
        ZonedDateTime opens = opens();
        ZonedDateTime closes = closes();
        return new ConsultationDetails(title, description, timeline, opens.toLocalDate(), opens.toLocalTime(),
                closes.toLocalDate(), closes.toLocalTime(), timeZone);
    }

    @Override public Long getId() { return id; }
    @Override public Long getPlanId() { return planId; }
    @Override public String getTitle() { return title; }
    @Override public @Nullable String getDescription() { return description; }
    @Override public @Nullable String getTimeline() { return timeline; }
    @Override public Instant getOpensAt() { return opensAt; }
    @Override public Instant getClosesAt() { return closesAt; }
    @Override public String getTimeZone() { return timeZone; }
    @Override public Instant getCreatedAt() { return createdAt; }
    @Override public @Nullable Instant getTimelinePublishedAt() { return timelinePublishedAt; }
}
