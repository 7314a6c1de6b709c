package org.csto.kb.body;

import java.util.List;

import org.springframework.data.repository.Repository;

interface BodyRepository extends Repository<BodyEntity, String> {

	List<BodyEntity> findAll();

}
