package org.hemicycle.consultation.internal;

import org.hemicycle.commitment.CommitmentPart;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.InputKind;
import org.hemicycle.consultation.Moderation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<IdeaEntity, Long> {

    /**
     * A page of the listed ideas, most supported first, then the oldest: the order of ix_idea_consultation_listed.
     * Without counting them all: AnswerCoverage keeps their number.
     */
    List<IdeaEntity> findListedByConsultationIdAndKindAndModerationOrderBySupportsDescIdAsc(Long consultationId, InputKind kind,
                                                                                         Moderation moderation, Pageable page);

    /** A consultation's latest listed contributions: the order of ix_idea_consultation_created. */
    List<IdeaEntity> findByConsultationIdAndModerationOrderByCreatedAtDesc(Long consultationId, Moderation moderation, Pageable page);

    /** A consultation's latest answers to listed contributions: the order of ix_idea_consultation_answered. */
    List<IdeaEntity> findByConsultationIdAndModerationAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(Long consultationId,
                                                                                               Moderation moderation, Pageable page);

    /** An idea's comments, the oldest first, without the replies to them. */
    Page<IdeaEntity> findByCommentOnIdAndReplyToIdIsNullOrderByIdAsc(Long ideaId, Pageable page);

    /** The replies to some comments, the oldest first. */
    List<IdeaEntity> findByReplyToIdInOrderByIdAsc(Collection<Long> commentIds, Pageable page);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IdeaEntity i set i.comments = i.comments + 1 where i.id = :id")
    int countOneComment(Long id);

    /** Read from ix_idea_consultation_moderation: the few hidden ones, not every listed idea. */
    long countByConsultationIdAndModerationIn(Long consultationId, Collection<Moderation> moderations);

    /** The ideas that moderation hides, the latest hidden first. */
    Page<IdeaEntity> findByConsultationIdAndModerationInOrderByModeratedAtDescIdDesc(Long consultationId, Collection<Moderation> moderations,
                                                                                    Pageable page);

    /** The moderators' queue: ideas flagged since their last review, the most flagged first. */
    Page<IdeaEntity> findByConsultationIdAndFlagsToReviewGreaterThanOrderByFlagsToReviewDescIdAsc(Long consultationId, int flags,
                                                                                                 Pageable page);

    /** Held until the decision commits, in id order, the order every lock on ideas is taken in. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from IdeaEntity i where i.consultationId = :consultationId and i.id in :ids order by i.id")
    List<IdeaEntity> findForModeration(Long consultationId, Collection<Long> ids);

    Optional<IdeaEntity> findByIdAndConsultationId(Long id, Long consultationId);

    /** What the editors still have to answer, the oldest first: the order of ix_idea_consultation_unanswered. */
    Page<IdeaEntity> findByConsultationIdAndFirstAnsweredAtIsNullOrderByIdAsc(Long consultationId, Pageable page);

    /** Held until the answer commits: two editors answering at once are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from IdeaEntity i where i.id = :id")
    Optional<IdeaEntity> findForAnswer(Long id);

    List<IdeaEntity> findByAnswerCommitmentIdAndAnswerKindAndModerationOrderBySupportsDescIdAsc(Long commitmentId, AnswerKind kind,
                                                                                             Moderation moderation, Pageable page);

    long countByAnswerCommitmentIdAndAnswerKind(Long commitmentId, AnswerKind kind);

    long countByAnswerCommitmentIdAndAnswerKindAndModeration(Long commitmentId, AnswerKind kind, Moderation moderation);

    /** How many of an idea's comments come before one: where it falls among the pages of comments. */
    long countByCommentOnIdAndReplyToIdIsNullAndIdLessThan(Long ideaId, Long commentId);

    long countByAnswerMergedIntoIdAndAnswerKind(Long ideaId, AnswerKind kind);

    List<IdeaEntity> findByAnswerMergedIntoIdAndAnswerKindOrderByIdAsc(Long ideaId, AnswerKind kind, Pageable page);


    /** The comments on a field of a draft commitment in a consultation, the oldest first: ix_idea_draft_part. */
    Page<IdeaEntity> findByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdIsNullOrderByIdAsc(Long consultationId,
            Long commitmentId, CommitmentPart part, Pageable page);

    /** The comments on one activity or indicator of a draft commitment in a consultation, the oldest first. */
    Page<IdeaEntity> findByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdOrderByIdAsc(Long consultationId,
            Long commitmentId, CommitmentPart part, @Nullable Long itemId, Pageable page);

    boolean existsByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemId(Long consultationId, Long commitmentId,
            CommitmentPart part, @Nullable Long itemId);

    /** How many comments on a part come before one: which of the part's pages lists it. */
    long countByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdIsNullAndIdLessThan(Long consultationId,
            @Nullable Long commitmentId, CommitmentPart part, Long id);

    long countByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdAndIdLessThan(Long consultationId,
            @Nullable Long commitmentId, CommitmentPart part, @Nullable Long itemId, Long id);

    /** How many listed comments each part of a commitment has in a consultation, for the commitment's page. */
    @Query("""
            select new org.hemicycle.consultation.internal.DraftPartCount(i.draftPart, i.draftItemId, count(i))
            from IdeaEntity i where i.consultationId = :consultationId and i.draftCommitmentId = :commitmentId
                and i.moderation = :moderation
            group by i.draftPart, i.draftItemId""")
    List<DraftPartCount> countByDraftPart(Long consultationId, Long commitmentId, Moderation moderation);
}
