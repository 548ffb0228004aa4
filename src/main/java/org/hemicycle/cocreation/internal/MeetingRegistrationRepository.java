package org.hemicycle.cocreation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRegistrationRepository extends JpaRepository<MeetingRegistrationEntity, Long> {

    long countByMeetingId(Long meetingId);

    boolean existsByMeetingIdAndAccountId(Long meetingId, Long accountId);

    @Modifying
    @Query("delete from MeetingRegistrationEntity r where r.meetingId = :meetingId and r.accountId = :accountId")
    int deleteByMeetingIdAndAccountId(Long meetingId, Long accountId);
}
