package org.csto.kb;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.ShippedSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.ShippedSource.normalized;

/**
 * Checks the whole knowledge base against its source: the database as seeded, and the
 * JSON as served. Every failure lists every offending row, so one run shows all that is
 * wrong.
 */
@KnowledgeBaseApiTest
class DataIntegrityTests {

	/**
	 * Every collection of items that carry citations: every resource type but the
	 * sources.
	 */
	static final List<String> COLLECTIONS = Arrays.stream(ResourceType.values())
		.filter(type -> type != ResourceType.SOURCE)
		.map(ResourceType::path)
		.toList();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Test
	void everyCitationQuotesItsPassageAndTheShippedText() {
		String source = normalized(ShippedSource.text());
		List<String> wrong = new ArrayList<>();
		for (Map<String, Object> citation : citations()) {
			String quote = normalized((String) citation.get("quote"));
			if (!normalized((String) citation.get("passage_text")).contains(quote) || !source.contains(quote)) {
				wrong.add(citation.get("subject_type") + "/" + citation.get("subject_id") + ": " + quote);
			}
		}
		assertThat(citations()).isNotEmpty();
		assertThat(wrong).as("citations whose quote is not in their passage or in the source").isEmpty();
	}

	@Test
	void everyMarkerIsNullOrInItsPassage() {
		List<String> wrong = citations().stream()
			.filter(citation -> citation.get("marker") != null
					&& !((String) citation.get("passage_text")).contains((String) citation.get("marker")))
			.map(citation -> citation.get("subject_type") + "/" + citation.get("subject_id") + ": "
					+ citation.get("marker"))
			.toList();
		assertThat(wrong).as("citations whose marker is not in their passage").isEmpty();
	}

	@Test
	void everyQuoteIsVerbatimInOneOfItsCitedPassages() {
		List<Map<String, Object>> quotes = jdbc.sql("""
				SELECT s.id, s.text, p.text AS passage_text FROM statement s
				JOIN statement_citation c ON c.statement_id = s.id
				JOIN passage p ON p.source_id = c.source_id AND p.passage_number = c.passage_number
				WHERE s.kind = 'QUOTE'""").query().listOfRows();
		Map<Object, List<Map<String, Object>>> byStatement = quotes.stream()
			.collect(Collectors.groupingBy(row -> row.get("id")));

		assertThat(byStatement).isNotEmpty();
		assertThat(byStatement).allSatisfy((id, rows) -> assertThat(rows).as("QUOTE %s verbatim in a cited passage", id)
			.anySatisfy(row -> assertThat((String) row.get("passage_text")).contains((String) row.get("text"))));
	}

	@Test
	void everyServedItemAndRoleHasACitation() {
		List<String> uncited = new ArrayList<>();
		for (String collection : COLLECTIONS) {
			for (JsonNode item : api.all(collection)) {
				String id = collection + "/" + (item.has("id") ? item.get("id") : item.get("code")).asString();
				requireCitations(item, id, uncited::add);
				if (item.has("roles")) {
					item.get("roles")
						.forEach(role -> requireCitations(role, id + " role " + role.get("title"), uncited::add));
				}
			}
		}
		assertThat(uncited).as("served items without a citation").isEmpty();
	}

	@Test
	void everyServedCitationPointsAtAPassageThatHoldsItsQuote() {
		Map<Integer, String> passages = jdbc.sql("SELECT passage_number, text FROM passage WHERE source_id = ?")
			.param(ShippedSource.ID)
			.query((row, n) -> Map.entry(row.getInt(1), row.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<String> wrong = new ArrayList<>();
		for (String collection : COLLECTIONS) {
			for (JsonNode item : api.all(collection)) {
				for (JsonNode citation : item.findValues("citations")) {
					citation.forEach(each -> {
						String passage = passages.get(each.get("passage").asInt());
						if (!each.get("source").asString().equals(ShippedSource.ID) || passage == null
								|| !normalized(passage).contains(normalized(each.get("quote").asString()))) {
							wrong.add(collection + ": " + each);
						}
					});
				}
			}
		}
		assertThat(wrong).as("served citations that do not quote their passage").isEmpty();
	}

	@Test
	void everyDateHasThePrecisionItsLengthImpliesAndIsInTheCalendar() {
		List<String> wrong = new ArrayList<>();
		for (String[] field : new String[][] { { "/api/v1/events", "date", "datePrecision" },
				{ "/api/v1/statements", "date", "datePrecision" },
				{ "/api/v1/organizations", "founded", "foundedPrecision" } }) {
			for (JsonNode item : api.all(field[0])) {
				JsonNode date = item.get(field[1]);
				JsonNode precision = item.get(field[2]);
				String label = field[0] + "/" + item.get("id").asString() + ": " + date + " " + precision;
				if (date.isNull() || precision.isNull()) {
					if (!(date.isNull() && precision.isNull())) {
						wrong.add(label);
					}
				}
				else if (!isCalendarDate(date.asString(), precision.asString())) {
					wrong.add(label);
				}
			}
		}
		assertThat(wrong).as("dates without the precision their length implies, or not in the calendar").isEmpty();
	}

	@Test
	void everyServedReferenceResolves() {
		Set<String> checked = new HashSet<>();
		List<String> broken = new ArrayList<>();
		for (String collection : COLLECTIONS) {
			for (JsonNode item : api.all(collection)) {
				references(item, reference -> {
					String path = ResourceType.fromKey(reference.get("type").asString()).path() + "/"
							+ reference.get("id").asString();
					if (checked.add(path + reference.get("name"))) {
						var response = api.get(path);
						String served = response.getStatusCode() == HttpStatus.OK ? Api.read(response.getBody())
							.path(reference.get("type").asString().equals("event") ? "title"
									: reference.get("type").asString().equals("statement") ? "text" : "name")
							.asString() : null;
						if (!reference.get("name").asString().equals(served)) {
							broken.add(collection + ": " + reference);
						}
					}
				});
			}
		}
		assertThat(checked).isNotEmpty();
		assertThat(broken).as("references that do not resolve to a resource of that name").isEmpty();
	}

	@Test
	void passagesReproduceTheShippedTextsNonBlankLines() {
		List<String> passages = jdbc.sql("SELECT text FROM passage WHERE source_id = ? ORDER BY passage_number")
			.param(ShippedSource.ID)
			.query(String.class)
			.list();

		assertThat(String.join("\n", passages)).isEqualTo(String.join("\n", ShippedSource.nonBlankLines()));
	}

	@Test
	void sourceChecksumIsTheSha256OfTheShippedText() throws Exception {
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ShippedSource.bytes()));

		assertThat(jdbc.sql("SELECT checksum FROM source WHERE id = ?")
			.param(ShippedSource.ID)
			.query(String.class)
			.single()).isEqualTo(sha256);
		assertThat(api.json("/api/v1/sources/" + ShippedSource.ID).get("checksum").asString()).isEqualTo(sha256);
		assertThat(api.json("/api/v1").get("dataVersion").asString()).isEqualTo(sha256);
	}

	private List<Map<String, Object>> citations() {
		return jdbc.sql("""
				SELECT c.subject_type, c.subject_id, c.marker, c.quote, p.text AS passage_text FROM citation c
				JOIN passage p ON p.source_id = c.source_id AND p.passage_number = c.passage_number""")
			.query()
			.listOfRows();
	}

	private static void requireCitations(JsonNode node, String label, Consumer<String> uncited) {
		if (!node.has("citations") || node.get("citations").isEmpty()) {
			uncited.accept(label);
		}
	}

	/**
	 * Every object in the tree shaped like a reference: a type the API names, an id and a
	 * name.
	 */
	private static void references(JsonNode node, Consumer<JsonNode> action) {
		if (node.isObject() && node.has("type") && node.has("id") && node.has("name")
				&& Arrays.stream(ResourceType.values())
					.anyMatch(type -> type.key().equals(node.get("type").asString()))) {
			action.accept(node);
		}
		node.forEach(child -> references(child, action));
	}

	private static boolean isCalendarDate(String date, String precision) {
		try {
			return switch (date.length()) {
				case 4 -> precision.equals("YEAR") && Year.parse(date).getValue() > 0;
				case 7 -> precision.equals("MONTH") && YearMonth.parse(date) != null;
				case 10 -> precision.equals("DAY") && LocalDate.parse(date) != null;
				default -> false;
			};
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
