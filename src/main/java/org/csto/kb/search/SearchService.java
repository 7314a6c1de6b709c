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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.hibernate.search.engine.backend.common.DocumentReference;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchQuery;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the Lucene index. The index is built once, while the application starts and before
 * it serves: the data changes only through migrations. Queries read only the index (ids, titles, highlights
 * and scores are projected from stored fields), so searching never waits on the database.
 */
@Service
public class SearchService {

	/** The longest query accepted, in characters: longer than any name or question, short enough to stay cheap. */
	public static final int MAX_QUERY_LENGTH = 200;

	/**
	 * Where to look, and how much a match there counts: a resource's own names far above passing mentions in
	 * descriptions, statements and passages. Listed in the order a snippet is taken from them, running text
	 * first because it shows the match in context.
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

	/** The fields each indexed entity has: a search narrowed to some types may only name fields they know. */
	private final Map<String, Set<String>> fieldsByEntity;

	SearchService(EntityManagerFactory entityManagerFactory, References references) throws InterruptedException {
		this.entityManagerFactory = entityManagerFactory;
		this.references = references;
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		Set<String> indexed = mapping.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::jpaName)
			.collect(Collectors.toSet());
		if (!indexed.equals(TYPES.keySet())) {
			throw new IllegalStateException("The indexed entities " + indexed + " are not the searchable ones " + TYPES);
		}
		this.fieldsByEntity = indexed.stream()
			.collect(Collectors.toUnmodifiableMap(entity -> entity, entity -> Stream
				.concat(SEARCHED.keySet().stream(), STORED.stream())
				.filter(field -> mapping.indexedEntity(entity).indexManager().descriptor().field(field).isPresent())
				.collect(Collectors.toUnmodifiableSet())));
		mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).startAndWait();
	}

	/** The resource types a search can be narrowed to, as clients name them. */
	public static List<String> typeKeys() {
		return Arrays.stream(ResourceType.values()).map(ResourceType::key).toList();
	}

	public Page<SearchHit> search(String query, Collection<ResourceType> types, Pageable pageable) {
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
				.select(f -> {
					List<ProjectionFinalStep<?>> projections = new ArrayList<>();
					projections.add(f.documentReference());
					projections.add(f.score());
					STORED.forEach(field -> projections.add(present.contains(field) ? f.field(field) : f.constant(null)));
					searched.forEach(field -> projections.add(f.highlight(field)));
					return f.composite().from(projections.toArray(ProjectionFinalStep<?>[]::new)).asList();
				})
				.where(f -> {
					SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> predicate = null;
					for (String field : searched) {
						predicate = (predicate == null ? f.simpleQueryString().field(field) : predicate.field(field))
							.boost(SEARCHED.get(field));
					}
					return predicate.matching(text);
				})
				.highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
				.toQuery();
			if (pageable.getOffset() > 0) {
				// Lucene collects offset + size hits, so a page past the last hit is answered from the count alone.
				long total = search.fetchTotalHitCount();
				if (pageable.getOffset() >= total) {
					return new PageImpl<>(List.of(), pageable, total);
				}
			}
			SearchResult<List<?>> result = search.fetch((int) pageable.getOffset(), pageable.getPageSize());
			List<SearchHit> hits = result.hits().stream().map(row -> hit(row, searched)).toList();
			return new PageImpl<>(hits, pageable, result.total().hitCount());
		}
	}

	private SearchHit hit(List<?> row, List<String> searched) {
		DocumentReference document = (DocumentReference) row.get(0);
		float score = (Float) row.get(1);
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < STORED.size(); i++) {
			values.put(STORED.get(i), row.get(i + 2));
		}
		Map<String, String> highlights = new LinkedHashMap<>();
		for (int i = 2 + STORED.size(); i < row.size(); i++) {
			List<?> fragments = (List<?>) row.get(i);
			if (!fragments.isEmpty()) {
				highlights.put(searched.get(i - 2 - STORED.size()), (String) fragments.get(0));
			}
		}
		String snippet = highlights.values().stream().findFirst().orElse(null);
		String text = (String) values.get("text");
		ResourceType type = TYPES.get(document.typeName());
		return switch (type) {
			case SOURCE -> {
				String source = (String) values.get("id.sourceId");
				Integer passage = (Integer) values.get("id.passageNumber");
				yield new SearchHit(type, source, passage,
						references.resolve(ResourceType.SOURCE, source).name() + ", passage " + passage,
						snippet(snippet, text), score);
			}
			case STATEMENT -> {
				String speaker = (String) values.get(SpeakerNameBinder.FIELD);
				String title = speaker == null || text.startsWith(speaker) ? abbreviate(text, TITLE_LENGTH)
						: speaker + ": " + abbreviate(text, TITLE_LENGTH);
				if (!highlights.containsKey("text") && highlights.containsKey(SpeakerNameBinder.FIELD)) {
					// Found by who said it: show the speaker's highlighted name before the words.
					snippet = highlights.get(SpeakerNameBinder.FIELD) + ": " + HtmlUtils.htmlEscape(abbreviate(text, EXCERPT_LENGTH));
				}
				yield new SearchHit(type, document.id(), null, title, snippet(snippet, text), score);
			}
			case EVENT -> new SearchHit(type, document.id(), null, (String) values.get("title"),
					snippet(snippet, (String) values.get("title")), score);
			default -> new SearchHit(type, document.id(), null, (String) values.get("name"),
					snippet(snippet, (String) values.get("name")), score);
		};
	}

	/** Where the highlighter cannot place the match (say, a prefix query), the start of the text stands in. */
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
