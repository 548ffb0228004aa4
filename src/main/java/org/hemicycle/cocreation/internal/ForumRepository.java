package org.hemicycle.cocreation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForumRepository extends JpaRepository<ForumEntity, Long> {
}
