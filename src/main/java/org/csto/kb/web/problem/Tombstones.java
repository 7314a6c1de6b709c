package org.csto.kb.web.problem;

import java.util.Optional;

/**
 * What tells a deleted item from one that never was: an id the knowledge base once served
 * answers {@code 410}, naming the revision that deleted it, rather than {@code 404}.
 */
@FunctionalInterface
public interface Tombstones {

	/**
	 * Why an item of this kind (a resource type's key) and id is gone, or empty where it
	 * was never deleted.
	 */
	Optional<ProblemException> gone(String kind, String id);

}
