package org.csto.kb.curation;

import org.csto.kb.history.Action;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import tools.jackson.databind.JsonNode;

/**
 * One change of a proposal, as read from the request.
 *
 * @param index its place in the proposal's changes, from 0
 * @param item the item as proposed, as the request gives it; null for a deletion
 * @param draft the item read into its type's draft; null for a deletion, or where it
 * could not be read
 */
record ProposedChange(int index, Action action, ResourceType type, String id, Integer baseRevision, JsonNode item,
		Record draft) {

	ResourceKey key() {
		return new ResourceKey(type.key(), id);
	}

	/** The JSON Pointer to this change in the request. */
	String pointer() {
		return "/changes/" + index;
	}

}
