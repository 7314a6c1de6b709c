package org.csto.kb.statement;

import java.util.List;

import org.springframework.data.repository.Repository;

interface StatementRepository extends Repository<StatementEntity, String> {

	List<StatementEntity> findAll();

}
