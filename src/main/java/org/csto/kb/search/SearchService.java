package org.csto.kb.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import org.csto.kb.catalog.CatalogListener;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the Lucene index of every resource catalog. The index is built
 * while the application starts, before it is ready; queries read only the index (document
 * ids and scores) and the documents it was built from, kept in memory, so searching never
 * waits on the database.
 */
@Service
public class SearchService implements CatalogListener {

	/**
	 * The longest query accepted, in characters: longer than any name or question, short
	 * enough to stay cheap.
	 */
	public static final int MAX_QUERY_LENGTH = 200;

	/**
	 * The index, built in the background while the rest of the application starts (see
	 * {@link #awaitIndex()}): Hibernate Search's bootstrap (the analyzers) included,
	 * since nothing else needs it.
	 */
	private final CompletableFuture<SearchIndex> index;

	/** Marks matches, built with the index's analyzers. */
	private final CompletableFuture<Highlighter> highlighter;

	private final Map<ResourceType, ResourceCatalog<?, ?>> catalogs = new EnumMap<>(ResourceType.class);

	SearchService(List<ResourceCatalog<?, ?>> catalogs) {
		catalogs.forEach(catalog -> this.catalogs.put(catalog.type(), catalog));
		this.index = CompletableFuture.supplyAsync(() -> SearchIndex.build(catalogs));
		this.highlighter = index.thenApply(built -> new Highlighter(built.analyzers()));
	}

	/**
	 * The application counts as started, and so becomes ready, only once the index is
	 * built; building it overlaps with the rest of the start-up rather than holding up
	 * every bean created after this one.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void awaitIndex() {
		index.join();
	}

	@PreDestroy
	void close() {
		// Also when the index is still being built (a start that failed elsewhere):
		// its files are deleted once it is.
		index.thenAccept(SearchIndex::close);
	}

	public Page<SearchHit> search(String query, Collection<ResourceType> types, Pageable pageable) {
		SearchIndex built = index.join();
		ParsedQuery parsed = ParsedQuery.parse(Normalizer.normalize(query, Normalizer.Form.NFC), built.queryAnalyzer());
		try (SearchSession session = built.mapping().createSession()) {
			SearchQuery<List<?>> search = session.search(SearchDocument.class)
				.select(f -> f.composite().from(f.id(String.class), f.score()).asList())
				.where(f -> {
					BooleanPredicateClausesStep<?, ?> where = f.bool()
						.must(f.extension(LuceneExtension.get()).fromLuceneQuery(parsed.wanted()));
					if (parsed.excluded() != null) {
						where.mustNot(f.extension(LuceneExtension.get()).fromLuceneQuery(parsed.excluded()));
					}
					if (!types.isEmpty()) {
						where.filter(
								f.terms().field("type").matchingAny(types.stream().map(ResourceType::key).toList()));
					}
					return where;
				})
				// Hits of equal score in one order on every instance and database, so
				// that paging across instances neither skips nor repeats a hit.
				.sort(f -> f.score().then().field("type").then().field("id").then().field("passage").missing().first())
				// No query matches more documents than the index holds, so the count
				// stays exact; a threshold at all lets Lucene score in TOP_SCORES mode,
				// instead of allocating a 2048-bucket BooleanScorer for every clause.
				.totalHitCountThreshold(built.documents().size())
				.toQuery();
			if (pageable.getOffset() > 0) {
				// Lucene collects offset + size hits, so a page past the last hit is
				// answered from the count alone.
				long total = search.fetchTotalHitCount();
				if (pageable.getOffset() >= total) {
					return new PageImpl<>(List.of(), pageable, total);
				}
			}
			SearchResult<List<?>> result = search.fetch((int) pageable.getOffset(), pageable.getPageSize());
			Highlighter marks = highlighter.join();
			List<SearchHit> hits = result.hits()
				.stream()
				.map(row -> hit(marks, built.documents().get((String) row.get(0)), (Float) row.get(1), parsed.terms()))
				.toList();
			return new PageImpl<>(hits, pageable, result.total().hitCount());
		}
	}

	/** Writes one item's documents again when it changes: what a publication calls. */
	public void reindex(ResourceType type, String id, List<SearchText> texts) {
		index.join().replace(type, id, texts);
	}

	/** Each changed item written again as its catalog now holds it, or taken out. */
	@Override
	public void changed(Set<ResourceKey> items) {
		items.forEach(item -> reindex(catalogs.get(ResourceType.fromKey(item.type())), item.id()));
	}

	private <T extends Record> void reindex(ResourceCatalog<T, ?> catalog, String id) {
		reindex(catalog.type(), id, catalog.find(id).map(catalog::searchTexts).orElse(List.of()));
	}

	/**
	 * The best passage of the first field that matches, shown as that field shows it;
	 * where no field can place the match (a fuzzy word, say), the start of the text.
	 */
	private static SearchHit hit(Highlighter highlighter, SearchDocument document, float score, SearchTerms terms) {
		SearchText text = document.text();
		for (SearchField field : SearchField.values()) {
			String marked = highlighter.highlight(field, field.values(text), terms);
			if (marked != null) {
				return hit(document, field.snippet(marked, text), score);
			}
		}
		return hit(document, HtmlUtils.htmlEscape(SearchText.abbreviate(text.excerpt(), SearchField.EXCERPT_LENGTH)),
				score);
	}

	private static SearchHit hit(SearchDocument document, String snippet, float score) {
		return new SearchHit(document.type(), document.id(), document.passage(), document.text().heading(), snippet,
				score);
	}

}
