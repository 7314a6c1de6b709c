package org.csto.kb.person;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<PersonEntity, String> {

	List<PersonEntity> findAll();

}
