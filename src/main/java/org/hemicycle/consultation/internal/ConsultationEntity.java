package org.hemicycle.consultation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The draft commitments it is on; none: the whole plan. Read only where a page needs them. */
    @ElementCollection
    @CollectionTable(name = "consultation_commitment", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "commitment_id")
    private Set<Long> commitmentIds = new HashSet<>();

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
        commitmentIds.retainAll(details.chosenCommitments());
        commitmentIds.addAll(details.chosenCommitments());
    }

    @Override
    public ConsultationDetails details() {
        ZonedDateTime opens = opens();
        ZonedDateTime closes = closes();
        return new ConsultationDetails(title, description, timeline, opens.toLocalDate(), opens.toLocalTime(),
                closes.toLocalDate(), closes.toLocalTime(), timeZone, getCommitmentIds());
    }

    @Override
    public List<Long> getCommitmentIds() {
        return commitmentIds.stream().sorted().toList();
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
