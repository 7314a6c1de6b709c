package org.csto.kb.event;

import java.util.List;

import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<EventEntity, String> {

	List<EventEntity> findAll();

}
