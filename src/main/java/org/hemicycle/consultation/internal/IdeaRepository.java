package org.hemicycle.consultation.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<IdeaEntity, Long> {

    /** Most supported first, then the oldest: the order of the index (consultation_id, supports desc, id). */
    Page<IdeaEntity> findByConsultationIdOrderBySupportsDescIdAsc(Long consultationId, Pageable page);

    Optional<IdeaEntity> findByIdAndConsultationId(Long id, Long consultationId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IdeaEntity i set i.supports = i.supports + 1 where i.id = :id")
    int countOneSupport(Long id);
}
