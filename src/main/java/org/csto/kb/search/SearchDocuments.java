package org.csto.kb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads every searchable thing from the database as a {@link SearchDocument}: one query
 * per table, so that building the index costs a pass over the data whatever its size.
 */
@Component
class SearchDocuments {

	private static final int TITLE_LENGTH = 120;

	private final JdbcClient jdbc;

	private final References references;

	SearchDocuments(JdbcClient jdbc, References references) {
		this.jdbc = jdbc;
		this.references = references;
	}

	void read(Consumer<SearchDocument> into) {
		jdbc.sql("SELECT code, alpha2, name FROM country")
			.query((row, n) -> SearchDocument.of(ResourceType.COUNTRY, row.getString("code"))
				.name(row.getString("name"))
				.code(row.getString("code"))
				.alpha2(row.getString("alpha2"))
				.build())
			.list()
			.forEach(into);
		named(ResourceType.ORGANIZATION, "organization", "organization_name", into);
		named(ResourceType.BODY, "body", "body_name", into);
		Map<String, List<String>> otherNames = values("SELECT person_id, name FROM person_name ORDER BY sort_order");
		Map<String, List<String>> roles = values("SELECT person_id, title FROM person_role ORDER BY sort_order");
		jdbc.sql("SELECT id, name FROM person")
			.query((row, n) -> SearchDocument.of(ResourceType.PERSON, row.getString("id"))
				.name(row.getString("name"))
				.otherNames(otherNames.getOrDefault(row.getString("id"), List.of()))
				.roles(roles.getOrDefault(row.getString("id"), List.of()))
				.build())
			.list()
			.forEach(into);
		Map<String, List<String>> places = values("SELECT event_id, name FROM event_place ORDER BY sort_order");
		jdbc.sql("SELECT id, title, summary FROM event")
			.query((row, n) -> SearchDocument.of(ResourceType.EVENT, row.getString("id"))
				.title(row.getString("title"))
				.text(row.getString("summary"))
				.places(places.getOrDefault(row.getString("id"), List.of()))
				.build())
			.list()
			.forEach(into);
		jdbc.sql("""
				SELECT s.id, s.text, r.name AS speaker FROM statement s
				LEFT JOIN resource_ref r ON r.ref_type = s.speaker_type AND r.ref_id = s.speaker_id""")
			.query((row, n) -> statement(row.getString("id"), row.getString("text"), row.getString("speaker")))
			.list()
			.forEach(into);
		jdbc.sql("SELECT source_id, passage_number, text FROM passage")
			.query((row, n) -> SearchDocument.of(ResourceType.SOURCE, row.getString("source_id"))
				.passage(row.getInt("passage_number"))
				.heading(references.resolve(ResourceType.SOURCE, row.getString("source_id")).name() + ", passage "
						+ row.getInt("passage_number"))
				.text(row.getString("text"))
				.build())
			.list()
			.forEach(into);
	}

	/** An organization or a body: a name, an abbreviation, a description, other names. */
	private void named(ResourceType type, String table, String namesTable, Consumer<SearchDocument> into) {
		Map<String, List<String>> names = values(
				"SELECT " + table + "_id, name FROM " + namesTable + " ORDER BY sort_order");
		jdbc.sql("SELECT id, name, abbreviation, description FROM " + table)
			.query((row, n) -> SearchDocument.of(type, row.getString("id"))
				.name(row.getString("name"))
				.abbreviation(row.getString("abbreviation"))
				.text(row.getString("description"))
				.alternativeNames(names.getOrDefault(row.getString("id"), List.of()))
				.build())
			.list()
			.forEach(into);
	}

	/**
	 * A statement is titled by its speaker and the start of its words, unless the words
	 * already start with the speaker's name.
	 */
	private static SearchDocument statement(String id, String text, String speaker) {
		String start = abbreviate(text, TITLE_LENGTH);
		return SearchDocument.of(ResourceType.STATEMENT, id)
			.heading(speaker == null || text.startsWith(speaker) ? start : speaker + ": " + start)
			.text(text)
			.speaker(speaker)
			.build();
	}

	/** The second column's values, in the query's order, by the first column. */
	private Map<String, List<String>> values(String sql) {
		Map<String, List<String>> values = new HashMap<>();
		jdbc.sql(sql)
			.query((RowCallbackHandler) row -> values.computeIfAbsent(row.getString(1), key -> new ArrayList<>())
				.add(row.getString(2)));
		return values;
	}

	static String abbreviate(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length - 1);
		return text.substring(0, cut > length / 2 ? cut : length - 1) + "…";
	}

}
