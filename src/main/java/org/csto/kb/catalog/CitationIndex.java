package org.csto.kb.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.springframework.stereotype.Component;

/**
 * What cites each passage: every item of every resource catalog, by the passages its
 * citations point at, so that a passage lists what it states without a client reading
 * every collection.
 */
@Component
public class CitationIndex {

	private final Map<Passage, List<Reference>> citing;

	public CitationIndex(List<ResourceCatalog<?>> catalogs) {
		Map<Passage, Set<Reference>> found = new HashMap<>();
		catalogs.stream().sorted(Comparator.comparing(ResourceCatalog::type)).forEach(catalog -> index(catalog, found));
		this.citing = new HashMap<>();
		found.forEach((passage, references) -> citing.put(passage, List.copyOf(references)));
	}

	private static <T extends Record> void index(ResourceCatalog<T> catalog, Map<Passage, Set<Reference>> found) {
		for (T item : catalog.all()) {
			Reference reference = catalog.reference(item);
			for (Citation citation : Citations.of(item)) {
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
