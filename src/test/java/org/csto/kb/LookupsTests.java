package org.csto.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.ShippedSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client would otherwise work out by reading whole collections, the API answers
 * with the item: what cites a passage, what was said at an event, and a timeline entry's
 * kind. Each is checked against the collections read the long way.
 */
@KnowledgeBaseApiTest
class LookupsTests {

	@Autowired
	Api api;

	@Test
	void everyPassageListsEveryItemThatCitesIt() {
		Map<Integer, Set<String>> citing = new HashMap<>();
		for (ResourceType type : ResourceType.values()) {
			if (type == ResourceType.SOURCE) {
				continue;
			}
			for (JsonNode item : api.all(type.path())) {
				String key = type.key() + "/" + (item.has("code") ? item.get("code") : item.get("id")).asString();
				item.findValues("citations")
					.forEach(citations -> citations.forEach(citation -> citing
						.computeIfAbsent(citation.get("passage").asInt(), passage -> new LinkedHashSet<>())
						.add(key)));
			}
		}
		JsonNode source = api.json("/api/v1/sources/" + ShippedSource.ID);
		List<String> wrong = new ArrayList<>();
		for (JsonNode passage : source.get("passages")) {
			int number = passage.get("number").asInt();
			Set<String> listed = new LinkedHashSet<>();
			passage.get("citedBy")
				.forEach(reference -> listed
					.add(reference.get("type").asString() + "/" + reference.get("id").asString()));
			if (!listed.equals(citing.getOrDefault(number, Set.of()))) {
				wrong.add("passage " + number + " lists " + listed + ", cited by " + citing.get(number));
			}
			assertThat(api.json("/api/v1/sources/" + ShippedSource.ID + "/passages/" + number).get("citedBy"))
				.isEqualTo(passage.get("citedBy"));
		}
		assertThat(citing).isNotEmpty();
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyEventListsTheStatementsSaidAtOrAboutIt() {
		Map<String, Set<String>> said = new HashMap<>();
		for (JsonNode statement : api.all("/api/v1/statements")) {
			if (!statement.get("event").isNull()) {
				said.computeIfAbsent(statement.get("event").get("id").asString(), event -> new LinkedHashSet<>())
					.add(statement.get("id").asString());
			}
		}
		int listed = 0;
		for (JsonNode event : api.all("/api/v1/events")) {
			Set<String> statements = new LinkedHashSet<>(event.get("statements").findValuesAsString("id"));
			listed += statements.size();
			assertThat(statements).as(event.get("id").asString())
				.isEqualTo(said.getOrDefault(event.get("id").asString(), Set.of()));
		}
		assertThat(listed).isPositive();
	}

	@Test
	void everyTimelineEntryCarriesItsItemsOwnKind() {
		Map<String, String> kinds = new HashMap<>();
		api.all("/api/v1/events")
			.forEach(event -> kinds.put("event/" + event.get("id").asString(), event.get("kind").asString()));
		api.all("/api/v1/statements")
			.forEach(statement -> kinds.put("statement/" + statement.get("id").asString(),
					statement.get("kind").asString()));
		List<JsonNode> entries = api.all("/api/v1/timeline");
		assertThat(entries).hasSize(kinds.size());
		for (JsonNode entry : entries) {
			assertThat(entry.get("kind").asString()).as(entry.get("id").asString())
				.isEqualTo(kinds.get(entry.get("type").asString() + "/" + entry.get("id").asString()));
		}
	}

}
