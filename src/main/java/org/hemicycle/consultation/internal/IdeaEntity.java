package org.hemicycle.consultation.internal;

import org.hemicycle.commitment.CommitmentPart;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.IdeaAnswer;
import org.hemicycle.consultation.InputKind;
import org.hemicycle.consultation.Moderation;
import org.hemicycle.consultation.ModerationDecision;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.NewIdea;
import org.hemicycle.plan.Pillar;
import org.hemicycle.search.LanguageAnalysis;
import org.hemicycle.site.Text;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/**
 * An idea, indexed for the similar ideas shown to someone about to submit theirs: its title and text in every
 * working language's analyzer (a consultation's ideas are in its plan's language), filtered by consultation.
 */
@Entity
@Table(name = "idea")
@Indexed(index = "idea")
public class IdeaEntity implements Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField
    private Long consultationId;

    /** Indexed so that the similar inputs offered to someone writing an idea are ideas. */
    @Enumerated(EnumType.STRING)
    @GenericField
    private InputKind kind = InputKind.IDEA;
    /** The idea a comment is on, and the comment it replies to, if any: threads are one level deep. */
    private @Nullable Long commentOnId;
    private @Nullable Long replyToId;

    /** For a comment on the draft: the commitment, its part (and which activity or indicator), the text then read. */
    private @Nullable Long draftCommitmentId;
    @Enumerated(EnumType.STRING)
    private @Nullable CommitmentPart draftPart;
    private @Nullable Long draftItemId;
    private @Nullable String draftText;

    /** Counted in the database, one statement per comment, as supports are: never written from this entity. */
    @Column(insertable = true, updatable = false)
    private int comments;

    private Long authorId;

    @FullTextField(name = "title_en", analyzer = LanguageAnalysis.ENGLISH)
    @FullTextField(name = "title_es", analyzer = LanguageAnalysis.SPANISH)
    @FullTextField(name = "title_fr", analyzer = LanguageAnalysis.FRENCH)
    @FullTextField(name = "title_pt", analyzer = LanguageAnalysis.PORTUGUESE)
    private String title;

    @FullTextField(name = "body_en", analyzer = LanguageAnalysis.ENGLISH)
    @FullTextField(name = "body_es", analyzer = LanguageAnalysis.SPANISH)
    @FullTextField(name = "body_fr", analyzer = LanguageAnalysis.FRENCH)
    @FullTextField(name = "body_pt", analyzer = LanguageAnalysis.PORTUGUESE)
    private String body;

    @Enumerated(EnumType.STRING)
    private @Nullable Pillar pillar;

    /** Counted by IdeaSupports in the database, one statement per support: never written from this entity. */
    @Column(insertable = true, updatable = false)
    private int supports;

    private Instant createdAt;

    /** Indexed so that the similar ideas offered are ones that stand, not ones merged into another. */
    @Enumerated(EnumType.STRING)
    @GenericField
    private @Nullable AnswerKind answerKind;
    private @Nullable String answerText;
    private @Nullable Long answerCommitmentId;
    private @Nullable Long answerMergedIntoId;
    private @Nullable Long answerActivityId;
    private @Nullable Instant answeredAt;
    private @Nullable Instant firstAnsweredAt;
    private @Nullable Long secondsToAnswer;

    /** Indexed so that the similar ideas offered are ones that are listed. */
    @Enumerated(EnumType.STRING)
    @GenericField
    private Moderation moderation = Moderation.VISIBLE;
    private @Nullable String moderationReason;
    private @Nullable Instant moderatedAt;
    private int flags;
    private int flagsToReview;

    protected IdeaEntity() {
    }

    public IdeaEntity(Long consultationId, Long authorId, NewIdea idea) {
        this.consultationId = consultationId;
        this.authorId = authorId;
        this.title = Text.clean(idea.title());
        this.body = Text.clean(idea.body());
        this.pillar = idea.pillar();
        this.createdAt = Instant.now();
    }

    /**
     * A comment on an idea, or a reply to {@code replyTo}, a comment on it. Its title is the start of its text, which
     * the lists of inputs (the answer desk, the moderators' queue) name it by.
     */
    public static IdeaEntity comment(Long consultationId, Long authorId, Long ideaId, @Nullable Long replyTo, String body) {
        IdeaEntity comment = new IdeaEntity();
        comment.consultationId = consultationId;
        comment.authorId = authorId;
        comment.kind = InputKind.COMMENT;
        comment.commentOnId = ideaId;
        comment.replyToId = replyTo;
        comment.body = Text.clean(body);
        comment.title = excerpt(comment.body, TITLE_LENGTH);
        comment.createdAt = Instant.now();
        return comment;
    }

    /**
     * A comment on a part of a draft commitment: the part is named, not a place in its text, and the text the commenter
     * read is kept beside it, to tell when the part changed since.
     */
    public static IdeaEntity onDraft(Long consultationId, Long authorId, Long commitmentId, CommitmentPart part,
                                     @Nullable Long itemId, @Nullable String partText, String body) {
        IdeaEntity comment = new IdeaEntity();
        comment.consultationId = consultationId;
        comment.authorId = authorId;
        comment.kind = InputKind.ON_DRAFT;
        comment.draftCommitmentId = commitmentId;
        comment.draftPart = part;
        comment.draftItemId = part.isItem() ? itemId : null;
        comment.draftText = partText;
        comment.body = Text.clean(body);
        comment.title = excerpt(comment.body, TITLE_LENGTH);
        comment.createdAt = Instant.now();
        return comment;
    }

    private static final int TITLE_LENGTH = 80;

    /** The start of a text, cut at a word when there is one near the end, with an ellipsis when cut. */
    static String excerpt(String text, int most) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= most) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', most - 1);
        return flat.substring(0, cut > most / 2 ? cut : most - 1) + "…";
    }

    /** Whether this answer is the one the idea already has, once its text is cleaned as it would be saved. */
    public boolean wouldBeAnswered(IdeaAnswer answer) {
        return answer.kind() == answerKind && java.util.Objects.equals(Text.clean(answer.text()), answerText)
                && java.util.Objects.equals(answer.kind() == AnswerKind.ACCEPTED ? answer.commitmentId() : null, answerCommitmentId)
                && java.util.Objects.equals(answer.kind() == AnswerKind.MERGED ? answer.mergedInto() : null, answerMergedIntoId)
                && java.util.Objects.equals(answer.kind() == AnswerKind.ACCEPTED ? answer.activityId() : null, answerActivityId);
    }

    /** The answer is checked by AnswerService first: its reason is there, what it links to belongs to the plan. */
    public void answer(IdeaAnswer answer, Instant now) {
        this.answerKind = answer.kind();
        this.answerText = Text.clean(answer.text());
        this.answerCommitmentId = answer.kind() == AnswerKind.ACCEPTED ? answer.commitmentId() : null;
        this.answerMergedIntoId = answer.kind() == AnswerKind.MERGED ? answer.mergedInto() : null;
        this.answerActivityId = answer.kind() == AnswerKind.ACCEPTED ? answer.activityId() : null;
        this.answeredAt = now;
        if (firstAnsweredAt == null) {
            this.firstAnsweredAt = now;
            this.secondsToAnswer = Math.max(0, Duration.between(createdAt, now).toSeconds());
        }
    }

    /**
     * One more person flagged the idea (under its row lock, ModerationService). Answers whether that hides it: the
     * flags since its last review reached {@code hideAfter}, and no moderator has hidden it already.
     */
    public boolean flagged(int hideAfter, Instant now) {
        flags++;
        flagsToReview++;
        if (moderation == Moderation.VISIBLE && flagsToReview >= hideAfter) {
            moderation = Moderation.PENDING_REVIEW;
            moderationReason = null;
            moderatedAt = now;
            return true;
        }
        return false;
    }

    /** A moderator's decision; its flags are reviewed. A reason is given to hide (checked by ModerationService). */
    public void decide(ModerationDecision decision, @Nullable String reason, Instant now) {
        moderation = decision == ModerationDecision.HIDE ? Moderation.HIDDEN : Moderation.VISIBLE;
        moderationReason = decision == ModerationDecision.HIDE ? Text.clean(reason) : null;
        moderatedAt = now;
        flagsToReview = 0;
    }

    @Override public Long getId() { return id; }
    @Override public @Nullable Long getAnswerActivityId() { return answerActivityId; }
    @Override public @Nullable Long getDraftCommitmentId() { return draftCommitmentId; }
    @Override public @Nullable CommitmentPart getDraftPart() { return draftPart; }
    @Override public @Nullable Long getDraftItemId() { return draftItemId; }
    @Override public @Nullable String getDraftText() { return draftText; }
    @Override public Long getConsultationId() { return consultationId; }
    @Override public Long getAuthorId() { return authorId; }
    @Override public String getTitle() { return title; }
    @Override public String getBody() { return body; }
    @Override public @Nullable Pillar getPillar() { return pillar; }
    @Override public int getSupports() { return supports; }
    @Override public Instant getCreatedAt() { return createdAt; }
    @Override public @Nullable AnswerKind getAnswerKind() { return answerKind; }
    @Override public @Nullable String getAnswerText() { return answerText; }
    @Override public @Nullable Long getAnswerCommitmentId() { return answerCommitmentId; }
    @Override public @Nullable Long getAnswerMergedIntoId() { return answerMergedIntoId; }
    @Override public @Nullable Instant getAnsweredAt() { return answeredAt; }
    @Override public @Nullable Instant getFirstAnsweredAt() { return firstAnsweredAt; }
    @Override public InputKind getKind() { return kind; }
    @Override public @Nullable Long getCommentOnId() { return commentOnId; }
    @Override public @Nullable Long getReplyToId() { return replyToId; }
    @Override public int getComments() { return comments; }
    @Override public Moderation getModeration() { return moderation; }
    @Override public @Nullable String getModerationReason() { return moderationReason; }
    @Override public @Nullable Instant getModeratedAt() { return moderatedAt; }
    @Override public int getFlags() { return flags; }
    @Override public int getFlagsToReview() { return flagsToReview; }
}
