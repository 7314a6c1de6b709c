package org.csto.kb.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Component;

/**
 * The knowledge base as every request reads it: the resource catalogs and what derives
 * from them. A publication, here or on another instance, is applied through
 * {@link #apply} once it is committed: the names first, then the changed items, and the
 * items that show a changed item's name, then the timeline, the citations of each passage
 * and the search index.
 */
@Component
public class ReadModel {

	private final References references;

	private final Map<ResourceType, ResourceCatalog<?, ?>> catalogs = new HashMap<>();

	private final List<CatalogListener> listeners;

	ReadModel(References references, List<ResourceCatalog<?, ?>> catalogs, List<CatalogListener> listeners) {
		this.references = references;
		catalogs.forEach(catalog -> this.catalogs.put(catalog.type(), catalog));
		this.listeners = listeners;
	}

	/** The catalog of a resource type. */
	public ResourceCatalog<?, ?> catalog(ResourceType type) {
		return catalogs.get(type);
	}

	/**
	 * The items that refer to this one or cite it, by their own fields (not by what is
	 * derived from others, such as the statements an event shows): what a deletion would
	 * leave pointing at nothing.
	 */
	public List<ResourceKey> referrers(ResourceKey item) {
		List<ResourceKey> found = new ArrayList<>();
		catalogs.values().forEach(catalog -> referrers(catalog, item, found));
		return found;
	}

	private static <T extends Record> void referrers(ResourceCatalog<T, ?> catalog, ResourceKey item,
			List<ResourceKey> found) {
		boolean source = ResourceType.SOURCE.key().equals(item.type());
		for (T candidate : catalog.all()) {
			boolean refers = Leaves.references(candidate).stream().anyMatch(reference -> reference.key().equals(item))
					|| source && Leaves.citations(candidate)
						.stream()
						.anyMatch(citation -> citation.source().equals(item.id()));
			if (refers) {
				found.add(new ResourceKey(catalog.type().key(), catalog.id(candidate)));
			}
		}
	}

	/** Reads these changed items again, with everything that shows them. */
	public synchronized void apply(Collection<ResourceKey> changed) {
		Set<ResourceKey> keys = Set.copyOf(changed);
		references.refresh(keys);
		Map<ResourceType, Set<String>> affected = new HashMap<>();
		keys.forEach(key -> affected.computeIfAbsent(ResourceType.fromKey(key.type()), type -> new HashSet<>())
			.add(key.id()));
		catalogs.values().forEach(catalog -> referring(catalog, keys, affected));
		Set<ResourceKey> all = new HashSet<>();
		affected.forEach((type, ids) -> {
			catalogs.get(type).refresh(ids);
			ids.forEach(id -> all.add(new ResourceKey(type.key(), id)));
		});
		listeners.forEach(listener -> listener.changed(all));
	}

	/** The items of a catalog that refer to a changed one, and so show its name. */
	private static <T extends Record> void referring(ResourceCatalog<T, ?> catalog, Set<ResourceKey> changed,
			Map<ResourceType, Set<String>> affected) {
		for (T item : catalog.all()) {
			for (Reference reference : Leaves.references(item)) {
				if (changed.contains(reference.key())) {
					affected.computeIfAbsent(catalog.type(), type -> new HashSet<>()).add(catalog.id(item));
					break;
				}
			}
		}
	}

}
