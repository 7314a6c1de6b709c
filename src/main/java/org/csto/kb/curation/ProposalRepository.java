package org.csto.kb.curation;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<ProposalEntity, String> {

	Page<ProposalEntity> findByStatus(ProposalStatus status, Pageable pageable);

}
