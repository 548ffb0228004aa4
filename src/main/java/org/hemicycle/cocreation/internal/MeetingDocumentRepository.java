package org.hemicycle.cocreation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingDocumentRepository extends JpaRepository<MeetingDocumentEntity, Long> {

    List<MeetingDocumentEntity> findByMeetingIdOrderByAddedAtAscIdAsc(Long meetingId);

    Optional<MeetingDocumentEntity> findByIdAndMeetingId(Long id, Long meetingId);
}
