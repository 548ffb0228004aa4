package org.hemicycle.version.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAmendmentRepository extends JpaRepository<PlanAmendmentEntity, Long> {
}
