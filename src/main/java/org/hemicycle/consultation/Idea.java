package org.hemicycle.consultation;

import java.time.Instant;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

/** An Idea as other modules read it; only this module changes it. */
public interface Idea {

    Long getId();
    Long getConsultationId();
    Long getAuthorId();
    String getTitle();
    String getBody();
    @Nullable Pillar getPillar();
    int getSupports();
    Instant getCreatedAt();
    @Nullable AnswerKind getAnswerKind();
    @Nullable String getAnswerText();
    @Nullable Long getAnswerCommitmentId();
    @Nullable Long getAnswerMergedIntoId();
    /** When the current answer was given; the first answer's moment is what the consultation's coverage counts. */
    @Nullable Instant getAnsweredAt();
    @Nullable Instant getFirstAnsweredAt();

    Moderation getModeration();
    /** A moderator's public reason for hiding it; none while visible, or hidden pending review. */
    @Nullable String getModerationReason();
    @Nullable Instant getModeratedAt();
    int getFlags();
    /** The flags since a moderator last decided on it. */
    int getFlagsToReview();

    default boolean isHidden() {
        return getModeration().hides();
    }

    default boolean isAnswered() {
        return getAnswerKind() != null;
    }

    /** The current answer as its form shows it, and the version that form carries. */
    default IdeaAnswer answer() {
        return new IdeaAnswer(getAnswerKind(), getAnswerText(), getAnswerCommitmentId(), getAnswerMergedIntoId());
    }
}
