package org.csto.kb.source;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<SourceEntity, String> {

	List<SourceEntity> findAll();

}
