package org.csto.kb.history;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublishedChangeRepository extends JpaRepository<PublishedChangeEntity, Long> {

	List<PublishedChangeEntity> findBySeqGreaterThanOrderBySeq(long seq, Limit limit);

	List<PublishedChangeEntity> findBySeqGreaterThanOrderBySeq(long seq);

}
