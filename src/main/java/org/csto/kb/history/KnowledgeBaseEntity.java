package org.csto.kb.history;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The knowledge base's one row: the number of the last published change. A publication
 * locks it, so that publications, on every instance, take their turn.
 */
@Entity
@Table(name = "knowledge_base")
class KnowledgeBaseEntity {

	static final int ID = 1;

	@Id
	private int id;

	private long lastChange;

	protected KnowledgeBaseEntity() {
	}

	long lastChange() {
		return lastChange;
	}

	/** The number the next change in the feed takes. */
	long nextChange() {
		return ++lastChange;
	}

}
