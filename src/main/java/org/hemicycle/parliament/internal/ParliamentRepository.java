package org.hemicycle.parliament.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParliamentRepository extends JpaRepository<ParliamentEntity, Long> {

    Optional<ParliamentEntity> findBySlug(String slug);

    List<ParliamentEntity> findAllByOrderByNameAsc();

    boolean existsBySlug(String slug);
}
