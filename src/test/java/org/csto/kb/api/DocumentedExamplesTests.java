package org.csto.kb.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document as Swagger UI reads it: what it fills in must work as it stands, an
 * optional filter must not narrow a first request, and each {@code sort} must list
 * exactly the values its operation accepts.
 */
@KnowledgeBaseApiTest
class DocumentedExamplesTests {

	@Autowired
	Api api;

	JsonNode document;

	@BeforeEach
	void readDocument() {
		document = api.json("/v3/api-docs");
	}

	@Test
	void whatSwaggerUiFillsInAnswers2xxWithSomethingToSee() {
		List<String> failures = new ArrayList<>();
		operations().forEach(operation -> {
			String target = operation.target(true);
			ResponseEntity<String> response = api.get(target);
			if (!response.getStatusCode().is2xxSuccessful()) {
				failures.add(target + " answered " + response.getStatusCode() + ": " + response.getBody());
			}
			// The change feed of the seeded knowledge base is rightly empty: nothing has
			// been published yet.
			else if (Api.read(response.getBody()).path("content").isEmpty()
					&& Api.read(response.getBody()).has("content") && !operation.id().equals("listChanges")) {
				failures.add(target + " answered an empty collection");
			}
		});
		assertThat(failures).isEmpty();
	}

	@Test
	void anOptionalParameterIsNeverFilledInWithAValueThatNarrowsTheResult() {
		operations().filter(operation -> operation.parameter("page") != null).forEach(operation -> {
			long filledIn = api.json(operation.target(true)).get("page").get("totalElements").asLong();
			long plain = api.json(operation.target(false)).get("page").get("totalElements").asLong();
			assertThat(filledIn).as("%s with its examples, against %s", operation.target(true), operation.target(false))
				.isEqualTo(plain);
		});
	}

	@Test
	void noSharedOptionalParameterIsFilledIn() {
		document.get("components").get("parameters").properties().forEach(entry -> {
			JsonNode parameter = entry.getValue();
			if (!parameter.path("required").asBoolean(false)) {
				assertThat(parameter.has("example")).as("%s would be sent with every Execute", entry.getKey())
					.isFalse();
			}
		});
	}

	@Test
	void eachSortListsExactlyTheValuesItsOperationAccepts() {
		List<Operation> sorted = operations().filter(operation -> operation.parameter("sort") != null).toList();
		assertThat(sorted).extracting(Operation::id)
			.as("every paged collection but search and an item's revisions, which come in their own order")
			.containsExactlyInAnyOrderElementsOf(operations()
				.filter(operation -> operation.parameter("page") != null
						&& !Set.of("search", "listRevisions").contains(operation.id()))
				.map(Operation::id)
				.toList())
			.hasSize(9);
		for (Operation operation : sorted) {
			JsonNode schema = operation.parameter("sort").get("schema");
			assertThat(schema.has("enum")).as("%s: sort is an enum", operation.id()).isTrue();
			assertThat(operation.parameter("sort").has("example")).as("%s: sort is not pre-filled", operation.id())
				.isFalse();
			Set<String> fields = new TreeSet<>();
			schema.get("enum").forEach(value -> {
				String[] parts = value.asString().split(",");
				assertThat(parts).as("%s: %s", operation.id(), value).hasSize(2);
				assertThat(parts[1]).isIn("asc", "desc");
				fields.add(parts[0]);
				assertThat(api.get(operation.target(false) + "?sort=" + value.asString()).getStatusCode().value())
					.as("%s?sort=%s", operation.path(), value)
					.isEqualTo(200);
			});
			for (String property : itemProperties(operation)) {
				int status = api.get(operation.target(false) + "?sort=" + property).getStatusCode().value();
				assertThat(status)
					.as("%s?sort=%s, which the enum %s", operation.path(), property,
							fields.contains(property) ? "lists" : "does not list")
					.isEqualTo(fields.contains(property) ? 200 : 400);
			}
		}
	}

	@Test
	void searchHasNoSortBecauseHitsComeBestFirst() {
		Operation search = operations().filter(operation -> operation.id().equals("search")).findFirst().orElseThrow();
		assertThat(search.parameter("sort")).isNull();
		assertThat(search.parameter("page")).isNotNull();
	}

	private Set<String> itemProperties(Operation operation) {
		String page = operation.json()
			.get("responses")
			.get("200")
			.get("content")
			.get("application/json")
			.get("schema")
			.get("$ref")
			.asString();
		String item = schema(page).get("properties").get("content").get("items").get("$ref").asString();
		Set<String> properties = new TreeSet<>();
		schema(item).get("properties").propertyNames().forEach(properties::add);
		return properties;
	}

	private JsonNode schema(String ref) {
		return document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private Stream<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			JsonNode get = path.getValue().get("get");
			// What Swagger UI fills in for an analyst who has not signed in: the public
			// reads.
			if (get != null && !get.has("security")) {
				operations.add(new Operation(path.getKey(), get));
			}
		}
		return operations.stream();
	}

	record Operation(String path, JsonNode json) {

		String id() {
			return json.get("operationId").asString();
		}

		JsonNode parameter(String name) {
			for (JsonNode parameter : json.path("parameters")) {
				if (name.equals(parameter.path("name").asString(null))) {
					return parameter;
				}
			}
			return null;
		}

		/**
		 * The request Swagger UI sends on Execute: every path parameter at its example,
		 * and, with {@code filledIn}, every query parameter that has an example too; else
		 * only the required ones. The values are left for the client to encode.
		 */
		String target(boolean filledIn) {
			String target = path;
			StringJoiner query = new StringJoiner("&");
			for (JsonNode parameter : json.path("parameters")) {
				if (!parameter.has("name") || !parameter.has("example")) {
					continue;
				}
				String name = parameter.get("name").asString();
				String value = example(parameter.get("example"));
				switch (parameter.get("in").asString()) {
					case "path" -> target = target.replace("{" + name + "}", value);
					case "query" -> {
						if (filledIn || parameter.path("required").asBoolean(false)) {
							query.add(name + "=" + value);
						}
					}
					default -> {
					}
				}
			}
			return query.length() == 0 ? target : target + "?" + query;
		}

		private static String example(JsonNode example) {
			if (!example.isArray()) {
				return example.asString();
			}
			List<String> values = new ArrayList<>();
			example.forEach(value -> values.add(value.asString()));
			return String.join(",", values);
		}

	}

}
