package org.hemicycle.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hemicycle.commitment.ProgressStatus;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One update, never changed once posted: the table has no update path, and Hibernate is told so. */
@Entity(name = "ProgressUpdate")
@Table(name = "progress_update")
@Immutable
public class ProgressUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long commitmentId;
    private @Nullable Long activityId;
    private @Nullable String activityTitle;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status;

    private int percent;
    private String narrative;
    private @Nullable String evidenceLink;
    private LocalDate postedOn;
    private Instant postedAt;
    private @Nullable Long authorId;
    private String authorName;
    private String authorRole;

    protected ProgressUpdateEntity() {
    }

    public ProgressUpdateEntity(Long planId, Long commitmentId, @Nullable Long activityId, @Nullable String activityTitle,
                                ProgressStatus status, int percent, String narrative, @Nullable String evidenceLink,
                                LocalDate postedOn, Instant postedAt, @Nullable Long authorId, String authorName,
                                String authorRole) {
        this.planId = planId;
        this.commitmentId = commitmentId;
        this.activityId = activityId;
        this.activityTitle = activityTitle;
        this.status = status;
        this.percent = percent;
        this.narrative = narrative;
        this.evidenceLink = evidenceLink;
        this.postedOn = postedOn;
        this.postedAt = postedAt;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorRole = authorRole;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public Long getCommitmentId() { return commitmentId; }
    public @Nullable Long getActivityId() { return activityId; }
    public @Nullable String getActivityTitle() { return activityTitle; }
    public ProgressStatus getStatus() { return status; }
    public int getPercent() { return percent; }
    public String getNarrative() { return narrative; }
    public @Nullable String getEvidenceLink() { return evidenceLink; }
    public LocalDate getPostedOn() { return postedOn; }
    public Instant getPostedAt() { return postedAt; }
    public String getAuthorName() { return authorName; }
    public String getAuthorRole() { return authorRole; }
}
