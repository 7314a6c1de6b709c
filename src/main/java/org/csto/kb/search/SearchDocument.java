package org.csto.kb.search;

import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.shared.ResourceType;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One searchable thing, whatever its type: a resource or a passage of a source, with
 * every text it is found by.
 * <p>
 * All types share one index, so a query looks each of its words up once per field, not
 * once per field and per type's index: with an index per entity, Lucene's term lookups
 * across seven indexes were most of a search's CPU time (docs/PERFORMANCE.md). The field
 * statistics that scoring uses are the same as they were across the seven indexes. Unused
 * fields of a type are null or empty.
 */
@SearchEntity(name = "Document")
@Indexed(index = "documents")
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

	/** What a hit is titled. */
	private final String heading;

	/** What a hit shows where no match can be marked. */
	private final String excerpt;

	/*
	 * The searched fields, one per analyzer and weight rather than one per property: a
	 * query analyzes each of its words and looks it up once per field, so that work grows
	 * with the number of fields (docs/PERFORMANCE.md).
	 */

	/** A resource's own name. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final String name;

	/** An abbreviation, or a country's three-letter code. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final List<String> codes;

	/**
	 * An organization's or body's names in other languages and forms, or a person's other
	 * spellings: kept apart from the codes, since a long list of names would weigh a
	 * match of the short code down.
	 */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final List<String> aliases;

	/** The name and the aliases that are names, transliterated to Latin. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.LATIN)
	private final List<String> latinNames;

	/** An event's title, or a country's two-letter code. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final String title;

	/** Running text: a description, summary, statement or passage. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final String text;

	/** A statement's speaker, by name. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final String speaker;

	/** A person's roles' titles, or where an event took place. */
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT)
	private final List<String> context;

	private SearchDocument(Builder builder) {
		this.type = builder.type.key();
		this.id = builder.id;
		this.passage = builder.passage;
		this.key = type + "/" + id + (passage == null ? "" : "/" + passage);
		this.heading = builder.heading;
		this.excerpt = builder.type == ResourceType.STATEMENT || builder.type == ResourceType.SOURCE ? builder.text
				: builder.heading;
		this.name = builder.name;
		this.codes = concat(list(builder.abbreviation), list(builder.code));
		this.aliases = concat(builder.alternativeNames, builder.otherNames);
		this.latinNames = concat(list(builder.name), this.aliases);
		this.title = builder.title != null ? builder.title : builder.alpha2;
		this.text = builder.text;
		this.speaker = builder.speaker;
		this.context = concat(builder.roles, builder.places);
	}

	static Builder of(ResourceType type, String id) {
		return new Builder(type, id);
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

	String heading() {
		return heading;
	}

	String excerpt() {
		return excerpt;
	}

	/** The values of a searched field, by the field's name in the index. */
	List<String> values(String field) {
		return switch (field) {
			case "name" -> list(name);
			case "codes" -> codes;
			case "aliases" -> aliases;
			case "latinNames" -> latinNames;
			case "title" -> list(title);
			case "text" -> list(text);
			case SearchService.SPEAKER -> list(speaker);
			case "context" -> context;
			default -> throw new IllegalArgumentException("Not a searched field: " + field);
		};
	}

	private static List<String> list(String value) {
		return value == null ? List.of() : List.of(value);
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Stream.of(lists).flatMap(List::stream).toList();
	}

	static final class Builder {

		private final ResourceType type;

		private final String id;

		private Integer passage;

		private String heading;

		private String name;

		private String abbreviation;

		private List<String> alternativeNames = List.of();

		private List<String> otherNames = List.of();

		private String code;

		private String alpha2;

		private String title;

		private String text;

		private String speaker;

		private List<String> roles = List.of();

		private List<String> places = List.of();

		private Builder(ResourceType type, String id) {
			this.type = type;
			this.id = id;
		}

		Builder passage(int passage) {
			this.passage = passage;
			return this;
		}

		Builder heading(String heading) {
			this.heading = heading;
			return this;
		}

		Builder name(String name) {
			this.name = name;
			return heading(name);
		}

		Builder abbreviation(String abbreviation) {
			this.abbreviation = abbreviation;
			return this;
		}

		Builder alternativeNames(List<String> names) {
			this.alternativeNames = names;
			return this;
		}

		Builder otherNames(List<String> names) {
			this.otherNames = names;
			return this;
		}

		Builder code(String code) {
			this.code = code;
			return this;
		}

		Builder alpha2(String alpha2) {
			this.alpha2 = alpha2;
			return this;
		}

		Builder title(String title) {
			this.title = title;
			return heading(title);
		}

		Builder text(String text) {
			this.text = text;
			return this;
		}

		Builder speaker(String speaker) {
			this.speaker = speaker;
			return this;
		}

		Builder roles(List<String> roles) {
			this.roles = roles;
			return this;
		}

		Builder places(List<String> places) {
			this.places = places;
			return this;
		}

		SearchDocument build() {
			return new SearchDocument(this);
		}

	}

}
