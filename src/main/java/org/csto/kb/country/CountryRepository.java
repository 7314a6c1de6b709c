package org.csto.kb.country;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CountryRepository extends Repository<CountryEntity, String> {

	List<CountryEntity> findAll();

}
