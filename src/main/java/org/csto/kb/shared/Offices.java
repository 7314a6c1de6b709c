package org.csto.kb.shared;

import java.util.List;

/**
 * What each person acts for: the state, organization or body of the offices the source
 * gives them ("Armenian Prime Minister Nikol Pashinyan" acts for Armenia).
 */
@FunctionalInterface
public interface Offices {

	/**
	 * What the person's roles are in; empty for anyone else, or a person with no role.
	 */
	List<Reference> of(Reference person);

}
