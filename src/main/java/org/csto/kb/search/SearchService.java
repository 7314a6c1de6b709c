package org.csto.kb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.backend.common.DocumentReference;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
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
 * only the index (references and scores) and what was read from it once it was built
 * (ids, titles, the text to highlight), so searching never waits on the database.
 */
@Service
public class SearchService {

	/**
	 * The longest query accepted, in characters: longer than any name or question, short
	 * enough to stay cheap.
	 */
	public static final int MAX_QUERY_LENGTH = 200;

	/**
	 * Where to look, and how much a match there counts: a resource's own names far above
	 * passing mentions in descriptions, statements and passages. Listed in the order a
	 * snippet is taken from them, running text first because it shows the match in
	 * context.
	 */
	private static final Map<String, Float> SEARCHED = searched();

	/** The stored values a hit's id and title are made of. */
	private static final List<String> STORED = List.of("name", "title", "text", SpeakerNameBinder.FIELD, "id.sourceId",
			"id.passageNumber");

	private static final Map<String, ResourceType> TYPES = Map.of("CountryEntity", ResourceType.COUNTRY,
			"OrganizationEntity", ResourceType.ORGANIZATION, "BodyEntity", ResourceType.BODY, "PersonEntity",
			ResourceType.PERSON, "EventEntity", ResourceType.EVENT, "StatementEntity", ResourceType.STATEMENT,
			"PassageEntity", ResourceType.SOURCE);

	private static final int EXCERPT_LENGTH = 200;

	private static final int TITLE_LENGTH = 120;

	private final EntityManagerFactory entityManagerFactory;

	private final References references;

	/**
	 * The fields each indexed entity has: a search narrowed to some types may only name
	 * fields they know.
	 */
	private final Map<String, Set<String>> fieldsByEntity;

	/**
	 * Every indexed document's id, title and searched text, by type name and document id,
	 * once the index is built: in the background, while the rest of the application
	 * starts (see {@link #awaitIndex()}).
	 */
	private final CompletableFuture<Map<String, Document>> documents;

	private final Highlighter highlighter;

	SearchService(EntityManagerFactory entityManagerFactory, References references) {
		this.entityManagerFactory = entityManagerFactory;
		this.references = references;
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		Set<String> indexed = mapping.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::jpaName)
			.collect(Collectors.toSet());
		if (!indexed.equals(TYPES.keySet())) {
			throw new IllegalStateException(
					"The indexed entities " + indexed + " are not the searchable ones " + TYPES);
		}
		this.fieldsByEntity = indexed.stream()
			.collect(Collectors.toUnmodifiableMap(entity -> entity, entity -> Stream
				.concat(SEARCHED.keySet().stream(), STORED.stream())
				.filter(field -> mapping.indexedEntity(entity).indexManager().descriptor().field(field).isPresent())
				.collect(Collectors.toUnmodifiableSet())));
		LuceneBackend backend = mapping.backend().unwrap(LuceneBackend.class);
		Map<String, Analyzer> analyzers = new HashMap<>();
		for (String entity : indexed) {
			for (String field : SEARCHED.keySet()) {
				mapping.indexedEntity(entity)
					.indexManager()
					.descriptor()
					.field(field)
					.flatMap(descriptor -> descriptor.toValueField().type().analyzerName())
					.flatMap(backend::analyzer)
					.ifPresent(analyzer -> analyzers.put(field, analyzer));
			}
		}
		this.highlighter = new Highlighter(analyzers);
		// One segment per index: a query looks each of its terms up in every segment of
		// every index.
		this.documents = mapping.scope(Object.class)
			.massIndexer()
			.threadsToLoadObjects(1)
			.mergeSegmentsOnFinish(true)
			.start()
			.toCompletableFuture()
			.thenApply(done -> documents(indexed));
	}

	/**
	 * The application counts as started, and so becomes ready, only once the index is
	 * built; building it overlaps with the rest of the start-up rather than holding up
	 * every bean created after this one.
	 */
	@EventListener(ApplicationStartedEvent.class)
	void awaitIndex() {
		documents.join();
	}

	/**
	 * What a hit shows of each document, read from the index once: searches then project
	 * only document references and scores, and never read stored fields.
	 */
	private Map<String, Document> documents(Set<String> indexed) {
		Map<String, Document> documents = new HashMap<>();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			for (String entity : indexed) {
				List<String> fields = Stream.concat(SEARCHED.keySet().stream(), STORED.stream())
					.distinct()
					.filter(fieldsByEntity.get(entity)::contains)
					.toList();
				List<List<?>> rows = session.search(session.scope(Object.class, List.of(entity))).select(f -> {
					List<ProjectionFinalStep<?>> projections = new ArrayList<>();
					projections.add(f.documentReference());
					fields.forEach(field -> projections.add(f.field(field).multi()));
					return f.composite().from(projections.toArray(ProjectionFinalStep<?>[]::new)).asList();
				}).where(f -> f.matchAll()).fetchAllHits();
				for (List<?> row : rows) {
					DocumentReference reference = (DocumentReference) row.get(0);
					Map<String, List<String>> values = new HashMap<>();
					for (int i = 0; i < fields.size(); i++) {
						List<?> found = (List<?>) row.get(i + 1);
						values.put(fields.get(i), found.stream().map(String::valueOf).toList());
					}
					documents.put(key(reference), document(TYPES.get(entity), reference.id(), values));
				}
			}
		}
		return Map.copyOf(documents);
	}

	private Document document(ResourceType type, String documentId, Map<String, List<String>> values) {
		String text = first(values, "text");
		return switch (type) {
			case SOURCE -> {
				String source = first(values, "id.sourceId");
				Integer passage = Integer.valueOf(first(values, "id.passageNumber"));
				yield new Document(type, source, passage,
						references.resolve(ResourceType.SOURCE, source).name() + ", passage " + passage, text, values);
			}
			case STATEMENT -> {
				String speaker = first(values, SpeakerNameBinder.FIELD);
				String title = speaker == null || text.startsWith(speaker) ? abbreviate(text, TITLE_LENGTH)
						: speaker + ": " + abbreviate(text, TITLE_LENGTH);
				yield new Document(type, documentId, null, title, text, values);
			}
			case EVENT -> new Document(type, documentId, null, first(values, "title"), first(values, "title"), values);
			default -> new Document(type, documentId, null, first(values, "name"), first(values, "name"), values);
		};
	}

	private static String first(Map<String, List<String>> values, String field) {
		List<String> found = values.get(field);
		return found == null || found.isEmpty() ? null : found.get(0);
	}

	private static String key(DocumentReference reference) {
		return reference.typeName() + "/" + reference.id();
	}

	/** The resource types a search can be narrowed to, as clients name them. */
	public static List<String> typeKeys() {
		return Arrays.stream(ResourceType.values()).map(ResourceType::key).toList();
	}

	public Page<SearchHit> search(String query, Collection<ResourceType> types, Pageable pageable) {
		Map<String, Document> built = documents.join();
		String text = Normalizer.normalize(query, Normalizer.Form.NFC);
		List<String> entities = TYPES.entrySet()
			.stream()
			.filter(entry -> types.isEmpty() || types.contains(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		Set<String> present = entities.stream()
			.flatMap(entity -> fieldsByEntity.get(entity).stream())
			.collect(Collectors.toSet());
		List<String> searched = SEARCHED.keySet().stream().filter(present::contains).toList();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			SearchQuery<List<?>> search = session.search(session.scope(Object.class, entities))
				.select(f -> f.composite().from(f.documentReference(), f.score()).asList())
				.where(f -> {
					SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> predicate = null;
					for (String field : searched) {
						predicate = (predicate == null ? f.simpleQueryString().field(field) : predicate.field(field))
							.boost(SEARCHED.get(field));
					}
					return predicate.matching(text);
				})
				// No query matches more documents than the index holds, so the count
				// stays
				// exact; a threshold at all lets Lucene score in TOP_SCORES mode, instead
				// of
				// allocating a 2048-bucket BooleanScorer for every clause in every index.
				.totalHitCountThreshold(built.size())
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
			Highlighter.Terms terms = highlighter.terms(text);
			List<SearchHit> hits = result.hits()
				.stream()
				.map(row -> hit(built.get(key((DocumentReference) row.get(0))), (Float) row.get(1), searched, terms))
				.toList();
			return new PageImpl<>(hits, pageable, result.total().hitCount());
		}
	}

	private SearchHit hit(Document document, float score, List<String> searched, Highlighter.Terms terms) {
		String snippet = null;
		for (String field : searched) {
			snippet = highlighter.highlight(field, document.values().get(field), terms);
			if (snippet != null) {
				if (document.type() == ResourceType.STATEMENT && field.equals(SpeakerNameBinder.FIELD)) {
					// Found by who said it: show the speaker's highlighted name before
					// the words.
					snippet = snippet + ": " + HtmlUtils.htmlEscape(abbreviate(document.text(), EXCERPT_LENGTH));
				}
				break;
			}
		}
		return new SearchHit(document.type(), document.id(), document.passage(), document.title(),
				snippet(snippet, document.text()), score);
	}

	/**
	 * Where the highlighter cannot place the match (say, a prefix query), the start of
	 * the text stands in.
	 */
	private static String snippet(String highlighted, String fallback) {
		return highlighted != null ? highlighted : HtmlUtils.htmlEscape(abbreviate(fallback, EXCERPT_LENGTH));
	}

	private static String abbreviate(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length - 1);
		return text.substring(0, cut > length / 2 ? cut : length - 1) + "…";
	}

	/**
	 * What a hit shows of one document: {@code text} stands in where no match can be
	 * marked, {@code values} are highlighted.
	 */
	private record Document(ResourceType type, String id, Integer passage, String title, String text,
			Map<String, List<String>> values) {
	}

	private static Map<String, Float> searched() {
		Map<String, Float> fields = new LinkedHashMap<>();
		fields.put("text", 1f);
		fields.put("title", 4f);
		fields.put("name", 10f);
		fields.put("abbreviation", 8f);
		fields.put("names.name", 8f);
		fields.put("otherNames", 8f);
		fields.put("code", 8f);
		fields.put("alpha2", 4f);
		fields.put("nameLatin", 6f);
		fields.put("names.nameLatin", 6f);
		fields.put("otherNamesLatin", 6f);
		fields.put(SpeakerNameBinder.FIELD, 3f);
		fields.put("roles.title", 2f);
		fields.put("location", 2f);
		return fields;
	}

}
