package org.csto.kb.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The registry of resource types: what a {@link Reference} can point at, and for each
 * type where its collection is served, its tag in the API documentation, and its names.
 * Everything else that differs by type is derived from here: the API root's links, the
 * tags' order, the search's type choices, the explorer's addresses and the tests' maps.
 */
public enum ResourceType {

	COUNTRY("countries", "Countries", 80, "Country", "Countries"),
	PERSON("persons", "Persons", 50, "Person", "Persons"), BODY("bodies", "Bodies", 60, "Body", "Bodies"),
	ORGANIZATION("organizations", "Organizations", 70, "Organization", "Organizations"),
	EVENT("events", "Events", 10, "Event", "Events"),
	STATEMENT("statements", "Statements", 20, "Statement", "Statements"),
	SOURCE("sources", "Sources", 90, "Source", "Sources");

	/** Where every collection is served. */
	public static final String API = "/api/v1";

	private final String collection;

	private final String tag;

	private final int tagRank;

	private final String singular;

	private final String plural;

	ResourceType(String collection, String tag, int tagRank, String singular, String plural) {
		this.collection = collection;
		this.tag = tag;
		this.tagRank = tagRank;
		this.singular = singular;
		this.plural = plural;
	}

	/** The name in JSON and in filters: {@code person}. */
	@JsonValue
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ResourceType fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/** The type of this key, or empty where there is none: a client's word, say. */
	public static Optional<ResourceType> find(String key) {
		return Arrays.stream(values()).filter(type -> type.key().equals(key)).findFirst();
	}

	/** The type whose collection this is, or empty where there is none. */
	public static Optional<ResourceType> ofCollection(String collection) {
		return Arrays.stream(values()).filter(type -> type.collection.equals(collection)).findFirst();
	}

	/** The collection's name in paths: {@code persons}. */
	public String collection() {
		return collection;
	}

	/** The collection's path: {@code /api/v1/persons}. */
	public String path() {
		return API + "/" + collection;
	}

	/** The tag of its operations in the API documentation. */
	public String tag() {
		return tag;
	}

	/**
	 * Where its tag stands in Swagger UI, lowest first: the collections analysts start
	 * from first.
	 */
	public int tagRank() {
		return tagRank;
	}

	/** How a person reads one: {@code Person}. */
	public String singular() {
		return singular;
	}

	/** How a person reads several: {@code Persons}. */
	public String plural() {
		return plural;
	}

}
