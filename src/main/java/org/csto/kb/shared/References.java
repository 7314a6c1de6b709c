package org.csto.kb.shared;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Resolves stored {@link ResourceKey}s to {@link Reference}s. The names are read once:
 * the data changes only through migrations, and an unresolvable key fails the start
 * rather than a request.
 */
@Component
public class References {

	private final Map<ResourceKey, Reference> byKey;

	References(ResourceRefs refs) {
		this.byKey = refs.findAll()
			.stream()
			.map(ref -> new Reference(ResourceType.fromKey(ref.type()), ref.id(), ref.name()))
			.collect(Collectors.toUnmodifiableMap(ref -> new ResourceKey(ref.type().key(), ref.id()), ref -> ref));
	}

	public Reference resolve(ResourceKey key) {
		Reference reference = byKey.get(key);
		if (reference == null) {
			throw new IllegalStateException("No resource " + key.type() + "/" + key.id() + " to refer to");
		}
		return reference;
	}

	public Reference resolve(ResourceType type, String id) {
		return resolve(new ResourceKey(type.key(), id));
	}

}
