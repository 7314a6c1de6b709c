package org.csto.kb.catalog;

import java.util.Collection;
import java.util.Set;

import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;

/** The resources a filter's value names: one id may name several, of different types. */
public record Party(Set<ResourceKey> keys) {

	public boolean is(Reference reference) {
		return reference != null && keys.contains(reference.key());
	}

	public boolean isAnyOf(Collection<Reference> references) {
		for (Reference reference : references) {
			if (is(reference)) {
				return true;
			}
		}
		return false;
	}

}
