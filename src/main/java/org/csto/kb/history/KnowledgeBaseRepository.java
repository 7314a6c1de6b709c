package org.csto.kb.history;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeBaseRepository extends JpaRepository<KnowledgeBaseEntity, Integer> {

	/** The row, locked until the transaction ends: a publication's turn. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select kb from KnowledgeBaseEntity kb where kb.id = 1")
	Optional<KnowledgeBaseEntity> lockForPublication();

}
