package org.hemicycle.parliament;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParliamentRepository extends JpaRepository<Parliament, Long> {

    Optional<Parliament> findBySlug(String slug);

    List<Parliament> findAllByOrderByNameAsc();

    boolean existsBySlug(String slug);
}
