package org.hemicycle.consultation;

import org.hemicycle.commitment.CommitmentPart;

import java.time.Instant;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

/**
 * An input to a consultation as other modules read it: an idea, or a comment on one (whose title is the start of its
 * text); only this module changes it.
 */
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
    /** The activity of the commitment it was accepted into, when the answer names one. */
    @Nullable Long getAnswerActivityId();
    /** When the current answer was given; the first answer's moment is what the consultation's coverage counts. */
    @Nullable Instant getAnsweredAt();
    @Nullable Instant getFirstAnsweredAt();

    InputKind getKind();
    /** The idea a comment is on; none for an idea. */
    @Nullable Long getCommentOnId();
    /** The comment a reply answers; none for an idea or a comment on the idea itself. */
    @Nullable Long getReplyToId();
    /** How many comments an idea has, replies included. */
    int getComments();

    /** For a comment on a part of the draft: its commitment (none once deleted), the part, and which item of it. */
    @Nullable Long getDraftCommitmentId();
    @Nullable CommitmentPart getDraftPart();
    @Nullable Long getDraftItemId();
    /** The part's text as the commenter read it. */
    @Nullable String getDraftText();

    /** A comment, on an idea or on the draft: not supported, not commented on, nothing merged into it. */
    default boolean isComment() {
        return getKind() != InputKind.IDEA;
    }

    default boolean isOnDraft() {
        return getKind() == InputKind.ON_DRAFT;
    }

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
        return new IdeaAnswer(getAnswerKind(), getAnswerText(), getAnswerCommitmentId(), getAnswerMergedIntoId(),
                getAnswerActivityId());
    }
}
