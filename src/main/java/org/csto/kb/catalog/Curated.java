package org.csto.kb.catalog;

import java.util.Optional;

import org.csto.kb.shared.ResourceType;

/**
 * A resource type's write side, which its door implements: how a proposed item is read
 * and checked, and how it is written into the database as its next revision. What every
 * item is checked for (citations, references, dates, ids) is checked once, for all types,
 * by the curation.
 *
 * @param <D> the record a proposal's item is read into: the resource's own API record, or
 * a draft where the two differ (a source is proposed with its text)
 */
public interface Curated<D extends Record> {

	ResourceType type();

	Class<D> draftType();

	/** The field of a proposed item that holds its id, where the item gives it. */
	default String idField() {
		return "id";
	}

	/**
	 * Why a new item may not have this id, or null where it may: by default, an id is a
	 * lowercase slug ({@code collective-rapid-reaction-force}) of at most 128 characters.
	 */
	default String invalidId(String id) {
		return Slugs.invalid(id, 128);
	}

	/**
	 * Checks what only this type knows: its required fields and the types it refers to,
	 * and, for an item that exists, what may not change.
	 */
	void check(String id, D draft, boolean created, Checks checks);

	/** The item's revision in the database, or empty where there is no such item. */
	Optional<Integer> storedRevision(String id);

	/**
	 * Writes the item as its next revision, or as revision 1 where it is new, in the
	 * publication's transaction.
	 * @return the revision written
	 */
	int write(String id, D draft);

	void delete(String id);

}
