package org.hemicycle.news.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NewsPostRepository extends JpaRepository<NewsPostEntity, Long> {

    List<NewsPostEntity> findByPlanIdOrderByPostedAtDescIdDesc(Long planId, Pageable page);

    Optional<NewsPostEntity> findByIdAndPlanId(Long id, Long planId);

    long countByPlanId(Long planId);
}
