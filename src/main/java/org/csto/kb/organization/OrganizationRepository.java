package org.csto.kb.organization;

import java.util.List;

import org.springframework.data.repository.Repository;

interface OrganizationRepository extends Repository<OrganizationEntity, String> {

	List<OrganizationEntity> findAll();

}
