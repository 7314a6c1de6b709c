package org.csto.kb.search;

import java.util.EnumMap;
import java.util.Map;

import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceType;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * One searchable thing, whatever its type: a resource or a passage of a source, with the
 * words it is found by, written into the index's {@link SearchField}s.
 * <p>
 * All types share one index, so a query looks each of its words up once per field, not
 * once per field and per type's index: with an index per entity, Lucene's term lookups
 * across seven indexes were most of a search's CPU time (docs/PERFORMANCE.md).
 */
@SearchEntity(name = "Document")
@Indexed(index = "documents")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocument.Fields.class))
final class SearchDocument {

	@DocumentId
	private final String key;

	@KeywordField(sortable = Sortable.YES)
	private final String type;

	/** The hit's id: the resource's id, or for a passage its source's id. */
	@KeywordField(sortable = Sortable.YES, searchable = Searchable.NO)
	private final String id;

	/** For a passage, its number in the source. */
	@GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
	private final Integer passage;

	private final SearchText text;

	SearchDocument(ResourceType type, String id, SearchText text) {
		this.type = type.key();
		this.id = id;
		this.passage = text.passage();
		this.key = key(type, id) + (passage == null ? "" : "/" + passage);
		this.text = text;
	}

	/**
	 * The key of an item's document, and the start of the keys of a source's passages.
	 */
	static String key(ResourceType type, String id) {
		return type.key() + "/" + id;
	}

	String key() {
		return key;
	}

	ResourceType type() {
		return ResourceType.fromKey(type);
	}

	String id() {
		return id;
	}

	Integer passage() {
		return passage;
	}

	SearchText text() {
		return text;
	}

	/** Writes each search field's values, with the field's analyzer, into the index. */
	public static final class Fields implements TypeBinder {

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			Map<SearchField, IndexFieldReference<String>> fields = new EnumMap<>(SearchField.class);
			for (SearchField field : SearchField.values()) {
				fields.put(field,
						context.indexSchemaElement()
							.field(field.key(), type -> type.asString().analyzer(field.analyzer()))
							.multiValued()
							.toReference());
			}
			context.bridge(SearchDocument.class, (target, document, bridgeContext) -> fields.forEach((field,
					reference) -> field.values(document.text()).forEach(value -> target.addValue(reference, value))));
		}

	}

}
