package org.csto.kb.shared;

import org.springframework.data.repository.Repository;

import java.util.List;

interface ResourceRefs extends Repository<ResourceRef, ResourceRef.Key> {

	List<ResourceRef> findAll();

}
