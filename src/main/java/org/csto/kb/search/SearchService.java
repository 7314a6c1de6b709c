package org.csto.kb.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.csto.kb.shared.ResourceType;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
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
 * Full-text search over the Lucene index. The index is built once, while the application
 * starts and before it is ready: the data changes only through migrations. Queries read
 * only the index (document ids and scores) and the documents the index was built from,
 * kept in memory, so searching never waits on the database.
 */
@Service
public class SearchService {

	/**
	 * The longest query accepted, in characters: longer than any name or question, short
	 * enough to stay cheap.
	 */
	public static final int MAX_QUERY_LENGTH = 200;

	static final String SPEAKER = "speaker";

	/**
	 * Where to look, and how much a match there counts: a resource's own names far above
	 * passing mentions in descriptions, statements and passages. Listed in the order a
	 * snippet is taken from them, running text first because it shows the match in
	 * context.
	 */
	private static final Map<String, Float> SEARCHED = searched();

	private static final int EXCERPT_LENGTH = 200;

	/**
	 * The index, built in the background while the rest of the application starts (see
	 * {@link #awaitIndex()}): Hibernate Search's bootstrap (the analyzers) included,
	 * since nothing else needs it.
	 */
	private final CompletableFuture<SearchIndex> index;

	SearchService(SearchDocuments source) {
		this.index = CompletableFuture.supplyAsync(() -> SearchIndex.build(source, SEARCHED.keySet()));
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

	/** One of the index's analyzers, by name. */
	Analyzer analyzer(String name) {
		return SearchIndex.analyzer(index.join().mapping(), name);
	}

	public Page<SearchHit> search(String query, Collection<ResourceType> types, Pageable pageable) {
		SearchIndex built = index.join();
		String text = Normalizer.normalize(query, Normalizer.Form.NFC);
		try (SearchSession session = built.mapping().createSession()) {
			SplitQuery parsed = SplitQuery.of(text);
			SearchQuery<List<?>> search = session.search(SearchDocument.class)
				.select(f -> f.composite().from(f.id(String.class), f.score()).asList())
				.where(f -> {
					BooleanPredicateClausesStep<?, ?> where = f.bool()
						.must(parsed.wanted().isBlank() ? f.matchAll() : words(f, parsed.wanted()));
					if (!parsed.excluded().isBlank()) {
						where.mustNot(words(f, parsed.excluded()));
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
				// No query matches more documents than the index holds, so the
				// count stays exact; a threshold at all lets Lucene score in
				// TOP_SCORES mode, instead of allocating a 2048-bucket
				// BooleanScorer for every clause.
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
			Highlighter highlighter = built.highlighter();
			Highlighter.Terms terms = highlighter.terms(text);
			List<SearchHit> hits = result.hits()
				.stream()
				.map(row -> hit(highlighter, built.documents().get((String) row.get(0)), (Float) row.get(1), terms))
				.toList();
			return new PageImpl<>(hits, pageable, result.total().hitCount());
		}
	}

	/** The query's words, looked for in every searched field with its weight. */
	private static SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f, String text) {
		SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> words = null;
		for (Map.Entry<String, Float> field : SEARCHED.entrySet()) {
			words = (words == null ? f.simpleQueryString().field(field.getKey()) : words.field(field.getKey()))
				.boost(field.getValue());
		}
		return words.matching(text);
	}

	/**
	 * A query split into what it looks for and its top-level {@code -excluded} words,
	 * phrases and groups. Lucene's simple query syntax joins a negation like any other
	 * clause, by OR, so {@code CSTO -Armenia} would read "CSTO, or anything without
	 * Armenia" and keep every hit that mentions both. As a must-not clause of their own,
	 * the exclusions keep out every hit that contains them, as the API documents.
	 */
	record SplitQuery(String wanted, String excluded) {

		static SplitQuery of(String text) {
			StringBuilder wanted = new StringBuilder();
			StringBuilder excluded = new StringBuilder();
			int i = 0;
			while (i < text.length()) {
				if (Character.isWhitespace(text.charAt(i))) {
					i++;
					continue;
				}
				int end = clauseEnd(text, i);
				String clause = text.substring(i, end);
				if (clause.length() > 1 && clause.charAt(0) == '-') {
					excluded.append(clause, 1, clause.length()).append(' ');
				}
				else {
					wanted.append(clause).append(' ');
				}
				i = end;
			}
			return new SplitQuery(wanted.toString().strip(), excluded.toString().strip());
		}

		/**
		 * Where the clause starting at {@code start} ends: at whitespace outside quotes
		 * and parentheses, so that a phrase or a group stays whole.
		 */
		private static int clauseEnd(String text, int start) {
			int depth = 0;
			boolean quoted = false;
			for (int i = start; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && c == '(') {
					depth++;
				}
				else if (!quoted && c == ')' && depth > 0) {
					depth--;
				}
				else if (!quoted && depth == 0 && Character.isWhitespace(c)) {
					return i;
				}
			}
			return text.length();
		}

	}

	private static SearchHit hit(Highlighter highlighter, SearchDocument document, float score,
			Highlighter.Terms terms) {
		String snippet = null;
		for (String field : SEARCHED.keySet()) {
			snippet = highlighter.highlight(field, document.values(field), terms);
			if (snippet != null) {
				if (field.equals(SPEAKER)) {
					// Found by who said it: show the speaker's highlighted name before
					// the words.
					snippet = snippet + ": "
							+ HtmlUtils.htmlEscape(SearchDocuments.abbreviate(document.excerpt(), EXCERPT_LENGTH));
				}
				break;
			}
		}
		return new SearchHit(document.type(), document.id(), document.passage(), document.heading(),
				snippet(snippet, document.excerpt()), score);
	}

	/**
	 * Where the highlighter cannot place the match (say, a prefix query), the start of
	 * the text stands in.
	 */
	private static String snippet(String highlighted, String fallback) {
		return highlighted != null ? highlighted
				: HtmlUtils.htmlEscape(SearchDocuments.abbreviate(fallback, EXCERPT_LENGTH));
	}

	private static Map<String, Float> searched() {
		Map<String, Float> fields = new LinkedHashMap<>();
		fields.put("text", 1f);
		fields.put("title", 4f);
		fields.put("name", 10f);
		fields.put("codes", 8f);
		fields.put("aliases", 8f);
		fields.put("latinNames", 6f);
		fields.put(SPEAKER, 3f);
		fields.put("context", 2f);
		return fields;
	}

}
