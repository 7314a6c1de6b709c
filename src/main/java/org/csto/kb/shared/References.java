package org.csto.kb.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Resolves stored {@link ResourceKey}s to {@link Reference}s, and the ids a client types
 * to the resources they name. The names are read at start-up, and again for the items a
 * publication changes; an unresolvable key fails the start rather than a request.
 */
@Component
public class References {

	private final ResourceRefs refs;

	private final Map<ResourceKey, Reference> byKey = new ConcurrentHashMap<>();

	/**
	 * Every id in lower case, and every alias (a country's alpha-2 code), to what it
	 * names: an id may name resources of several types.
	 */
	private final Map<String, Set<ResourceKey>> byTypedId = new ConcurrentHashMap<>();

	/** Each resource's alias, to take it out when the resource changes. */
	private final Map<ResourceKey, String> aliases = new ConcurrentHashMap<>();

	@Autowired
	References(ResourceRefs refs) {
		this(refs, refs.findAll());
	}

	private References(ResourceRefs refs, List<ResourceRef> all) {
		this.refs = refs;
		all.forEach(this::add);
	}

	/** References to these resources alone, by their ids: a small world for a test. */
	public static References of(List<Reference> references) {
		References world = new References(null, List.of());
		references.forEach(reference -> world.add(reference, null));
		return world;
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

	/** Whether a resource of this type and id exists. */
	public boolean exists(ResourceKey key) {
		return byKey.containsKey(key);
	}

	/**
	 * What an id as a client types it names, in any letter case: a slug, or a country's
	 * alpha-3 or alpha-2 code. Empty where it names nothing.
	 */
	public Set<ResourceKey> named(String id) {
		return byTypedId.getOrDefault(id.trim().toLowerCase(Locale.ROOT), Set.of());
	}

	/** Reads these resources' names again, after a publication; a deleted one is gone. */
	public void refresh(Collection<ResourceKey> keys) {
		keys.forEach(this::remove);
		keys.stream()
			.collect(Collectors.groupingBy(ResourceKey::type, Collectors.mapping(ResourceKey::id, Collectors.toSet())))
			.forEach((type, ids) -> refs.findByTypeAndIdIn(type, ids).forEach(this::add));
	}

	private void add(ResourceRef ref) {
		add(new Reference(ResourceType.fromKey(ref.type()), ref.id(), ref.name()), ref.alias());
	}

	private void add(Reference reference, String alias) {
		ResourceKey key = reference.key();
		byKey.put(key, reference);
		index(reference.id(), key);
		if (alias != null) {
			aliases.put(key, alias);
			index(alias, key);
		}
	}

	private void index(String id, ResourceKey key) {
		byTypedId.compute(id.toLowerCase(Locale.ROOT), (name, keys) -> {
			Set<ResourceKey> next = keys == null ? new HashSet<>() : new HashSet<>(keys);
			next.add(key);
			return Set.copyOf(next);
		});
	}

	private void remove(ResourceKey key) {
		byKey.remove(key);
		unindex(key.id(), key);
		String alias = aliases.remove(key);
		if (alias != null) {
			unindex(alias, key);
		}
	}

	private void unindex(String id, ResourceKey key) {
		byTypedId.computeIfPresent(id.toLowerCase(Locale.ROOT), (name, keys) -> {
			Set<ResourceKey> next = new HashSet<>(keys);
			next.remove(key);
			return next.isEmpty() ? null : Set.copyOf(next);
		});
	}

}
