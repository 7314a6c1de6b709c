package org.csto.kb.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Resolves stored {@link ResourceKey}s to {@link Reference}s, and the ids a client types
 * to the resources they name. The names are read once: the data changes only through
 * migrations, and an unresolvable key fails the start rather than a request.
 */
@Component
public class References {

	private final Map<ResourceKey, Reference> byKey;

	/**
	 * Every id in lower case, and every alias (a country's alpha-2 code), to what it
	 * names: an id may name resources of several types.
	 */
	private final Map<String, Set<ResourceKey>> byTypedId;

	@Autowired
	References(ResourceRefs refs) {
		this(refs.findAll()
			.stream()
			.map(ref -> new Named(new Reference(ResourceType.fromKey(ref.type()), ref.id(), ref.name()), ref.alias()))
			.toList());
	}

	private References(List<Named> all) {
		this.byKey = all.stream()
			.map(Named::reference)
			.collect(Collectors.toUnmodifiableMap(Reference::key, ref -> ref));
		Map<String, Set<ResourceKey>> ids = new HashMap<>();
		for (Named named : all) {
			ids.computeIfAbsent(named.reference().id().toLowerCase(Locale.ROOT), id -> new HashSet<>())
				.add(named.reference().key());
			if (named.alias() != null) {
				ids.computeIfAbsent(named.alias().toLowerCase(Locale.ROOT), id -> new HashSet<>())
					.add(named.reference().key());
			}
		}
		this.byTypedId = Map.copyOf(ids);
	}

	/** References to these resources alone, by their ids: a small world for a test. */
	public static References of(List<Reference> references) {
		return new References(references.stream().map(reference -> new Named(reference, null)).toList());
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

	/**
	 * What an id as a client types it names, in any letter case: a slug, or a country's
	 * alpha-3 or alpha-2 code. Empty where it names nothing.
	 */
	public Set<ResourceKey> named(String id) {
		return byTypedId.getOrDefault(id.trim().toLowerCase(Locale.ROOT), Set.of());
	}

	/** A resource with another id it is found by, or none. */
	private record Named(Reference reference, String alias) {
	}

}
