package org.csto.kb.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface ResourceRefs extends Repository<ResourceRef, ResourceRef.Key> {

	List<ResourceRef> findAll();

	List<ResourceRef> findByTypeAndIdIn(String type, Collection<String> ids);

}
