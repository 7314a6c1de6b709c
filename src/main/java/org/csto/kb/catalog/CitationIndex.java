package org.csto.kb.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.springframework.stereotype.Component;

/**
 * What cites each passage: every item of every resource catalog, by the passages its
 * citations point at, so that a passage lists what it states without a client reading
 * every collection. Built again from the catalogs after each publication.
 */
@Component
public class CitationIndex implements CatalogListener {

	private final List<ResourceCatalog<?, ?>> catalogs;

	private volatile Map<Passage, List<Reference>> citing;

	public CitationIndex(List<ResourceCatalog<?, ?>> catalogs) {
		this.catalogs = catalogs.stream().sorted(Comparator.comparing(ResourceCatalog::type)).toList();
		this.citing = index();
	}

	@Override
	public void changed(Set<ResourceKey> items) {
		citing = index();
	}

	private Map<Passage, List<Reference>> index() {
		Map<Passage, Set<Reference>> found = new HashMap<>();
		catalogs.forEach(catalog -> index(catalog, found));
		Map<Passage, List<Reference>> index = new HashMap<>();
		found.forEach((passage, references) -> index.put(passage, List.copyOf(references)));
		return index;
	}

	private static <T extends Record> void index(ResourceCatalog<T, ?> catalog, Map<Passage, Set<Reference>> found) {
		for (T item : catalog.all()) {
			Reference reference = catalog.reference(item);
			for (Citation citation : Leaves.citations(item)) {
				found.computeIfAbsent(new Passage(citation.source(), citation.passage()), key -> new LinkedHashSet<>())
					.add(reference);
			}
		}
	}

	/** The items that cite the passage, by type and then in each collection's order. */
	public List<Reference> citing(String source, int passage) {
		return citing.getOrDefault(new Passage(source, passage), List.of());
	}

	private record Passage(String source, int number) {
	}

}
