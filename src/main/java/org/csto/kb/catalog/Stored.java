package org.csto.kb.catalog;

/**
 * An item's entity as publications write it: from a proposed draft, one revision after
 * another, under JPA's optimistic lock.
 *
 * @param <D> the draft a proposal gives
 */
public interface Stored<D> {

	/**
	 * 1 as the migrations seeded it or a publication created it, one more for each
	 * change.
	 */
	int revision();

	/** Takes every field the draft gives. */
	void apply(D draft);

}
