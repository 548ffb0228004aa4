package org.hemicycle.cocreation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingDocumentRepository extends JpaRepository<MeetingDocumentEntity, Long> {

    List<MeetingDocumentEntity> findByMeetingIdOrderByAddedAtAscIdAsc(Long meetingId);

    Optional<MeetingDocumentEntity> findByIdAndMeetingId(Long id, Long meetingId);

    /** Every document of a plan's meetings, the latest added first. */
    @Query("select d from MeetingDocumentEntity d where d.meetingId in (select m.id from MeetingEntity m where m.planId = :planId)"
            + " order by d.addedAt desc, d.id desc")
    List<MeetingDocumentEntity> findOfPlan(Long planId);
}
