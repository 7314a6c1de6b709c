package org.csto.kb.country;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<CountryEntity, String> {

}
