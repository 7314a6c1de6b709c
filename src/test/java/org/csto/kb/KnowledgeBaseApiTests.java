package org.csto.kb;

import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertProblem;

/** Every resource of the contract (search and timeline aside), over real HTTP. */
@KnowledgeBaseApiTest
class KnowledgeBaseApiTests {

	@Autowired
	Api api;

	/**
	 * Each collection with one item the source gives it and the field that holds its id.
	 */
	static Stream<Arguments> resources() {
		return Stream.of(Arguments.of("/api/v1/member-states", "ARM", "code"),
				Arguments.of("/api/v1/countries", "UZB", "code"),
				Arguments.of("/api/v1/events", "collective-rapid-reaction-force-agreement", "id"),
				Arguments.of("/api/v1/statements", "medvedev-on-real-partnership", "id"),
				Arguments.of("/api/v1/bodies", "collective-rapid-reaction-force", "id"),
				Arguments.of("/api/v1/persons", "nikol-pashinyan", "id"),
				Arguments.of("/api/v1/organizations", "guam", "id"),
				Arguments.of("/api/v1/sources", "csto-wikipedia-extract", "id"));
	}

	@ParameterizedTest
	@MethodSource("resources")
	void servesEachCollectionAsAPagedEnvelope(String collection) {
		ResponseEntity<String> response = api.get(collection);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).isNotNull()
			.satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
		JsonNode body = Api.read(response.getBody());
		JsonNode page = body.get("page");
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(page.get("number").asInt()).isZero();
		assertThat(page.get("totalElements").asInt()).isPositive();
		assertThat(page.get("totalPages").asInt()).isEqualTo((page.get("totalElements").asInt() + 19) / 20);
		assertThat(body.get("content").size()).isEqualTo(Math.min(20, page.get("totalElements").asInt()));
	}

	@ParameterizedTest
	@MethodSource("resources")
	void servesEachItemByItsId(String collection, String id, String idField) {
		JsonNode item = api.json(collection + "/" + id);

		assertThat(item.get(idField).asString()).isEqualTo(id);
		assertThat(item.has("citations") || collection.endsWith("sources")).isTrue();
	}

	@ParameterizedTest
	@MethodSource("resources")
	void answersHeadLikeGetWithoutABody(String collection, String id) {
		for (String path : new String[] { collection, collection + "/" + id }) {
			ResponseEntity<String> head = api.exchange(HttpMethod.HEAD, path);

			assertThat(head.getStatusCode()).as("HEAD %s", path).isEqualTo(HttpStatus.OK);
			assertThat(head.getBody()).isNullOrEmpty();
		}
	}

	@ParameterizedTest
	@MethodSource("resources")
	void refusesWritesWithMethodNotAllowed(String collection, String id) {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE }) {
			for (String path : new String[] { collection, collection + "/" + id }) {
				ResponseEntity<String> response = api.exchange(method, path);

				assertThat(response.getStatusCode()).as("%s %s", method, path).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
				assertThat(response.getHeaders().getAllow()).as("Allow of %s", path)
					.contains(HttpMethod.GET, HttpMethod.HEAD);
				assertProblem(Answer.of(response), 405, "/problems/method-not-allowed");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("resources")
	void answersTraceAsAnyOtherMethodItDoesNotTake(String collection, String id) {
		for (String path : new String[] { collection, collection + "/" + id }) {
			Answer trace = api.raw("TRACE " + path + " HTTP/1.1");
			Answer post = Answer.of(api.exchange(HttpMethod.POST, path));

			assertProblem(trace, 405, "/problems/method-not-allowed");
			assertThat(trace.headers().getAllow()).as("Allow of TRACE %s", path)
				.containsExactly(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
			assertThat(Api.read(trace.body()).get("detail").asString())
				.isEqualTo(Api.read(post.body()).get("detail").asString().replace("POST", "TRACE"));
		}
	}

	@ParameterizedTest
	@MethodSource("resources")
	void servesNoMediaTypeTheDocumentDoesNotDescribe(String collection, String id) {
		for (String type : new String[] { "application/yaml", "application/x-yaml", "application/xml" }) {
			HttpHeaders accept = new HttpHeaders();
			accept.set(HttpHeaders.ACCEPT, type);
			assertProblem(Answer.of(api.get(collection + "/" + id, accept)), 406, "/problems/not-acceptable");
		}
	}

	@Test
	void findsWhatAnAlpha2CodeNamesInEveryFilter() {
		for (String filter : new String[] { "/api/v1/events?involves=", "/api/v1/events?place=",
				"/api/v1/statements?involves=", "/api/v1/timeline?involves=" }) {
			assertThat(api.json(filter + "AM&size=100")).as(filter).isEqualTo(api.json(filter + "ARM&size=100"));
			assertThat(api.json(filter + "AM&size=100").get("content")).as(filter).isNotEmpty();
		}
	}

	/**
	 * Armenia took part in three events by the source's sentences: the debate in Armenia,
	 * the refusal at the CIS summit and the stopped contributions. It is involved in
	 * more: as a place, as what an event concerns, and through its Prime Minister.
	 */
	@Test
	void participantFindsWhoTookPartAndInvolvesEveryRole() {
		List<String> tookPart = List.of("armenian-national-debate-on-csto-membership",
				"armenia-declines-military-exercises-at-cis-summit", "armenia-stops-financial-contributions-to-csto");
		assertThat(ids("/api/v1/events?participant=ARM&size=100")).containsExactlyInAnyOrderElementsOf(tookPart);
		assertThat(ids("/api/v1/events?participant=AM&size=100")).containsExactlyInAnyOrderElementsOf(tookPart);
		assertThat(ids("/api/v1/events?involves=ARM&size=100")).containsAll(tookPart)
			.contains("yerevan-meeting-on-military-assistance-to-kyrgyzstan", "nancy-pelosi-visit-to-yerevan",
					"pashinyan-refuses-common-military-drills");
		ResponseEntity<String> nobody = api.get("/api/v1/timeline?involves=nobody");
		assertProblem(Answer.of(nobody), 400, "/problems/invalid-parameter");
		assertThat(Api.read(nobody.getBody()).get("parameter").asString()).isEqualTo("involves");
	}

	/** The ids of a page's items. */
	private List<String> ids(String path) {
		return api.json(path).get("content").valueStream().map(item -> item.get("id").asString()).toList();
	}

	@ParameterizedTest
	@MethodSource("resources")
	void answersAnUnknownIdWithANotFoundProblem(String collection) {
		ResponseEntity<String> response = api.get(collection + "/no-such-thing");

		assertProblem(Answer.of(response), 404, "/problems/not-found");
		assertThat(Api.read(response.getBody()).get("instance").asString()).isEqualTo(collection + "/no-such-thing");
	}

	@ParameterizedTest
	@MethodSource("resources")
	void answersABadPageSizeWithAProblemNamingTheParameter(String collection) {
		ResponseEntity<String> response = api.get(collection + "?size=101");

		assertProblem(Answer.of(response), 400, "/problems/invalid-parameter");
		assertThat(Api.read(response.getBody()).get("parameter").asString()).isEqualTo("size");
	}

	@Test
	void findsArmeniaByAlpha2CodeInAnyCase() {
		for (String code : new String[] { "AM", "am", "Am", "arm", "ARM", "aRm" }) {
			assertThat(api.json("/api/v1/member-states/" + code).get("code").asString()).as(code).isEqualTo("ARM");
		}
	}

	@Test
	void doesNotServeANonMemberAsAMemberState() {
		assertProblem(Answer.of(api.get("/api/v1/member-states/uz")), 404, "/problems/not-found");
		assertThat(api.json("/api/v1/countries/uz").get("status").isNull()).isTrue();
	}

	@Test
	void servesTheApiRootWithTheDataVersion() {
		JsonNode root = api.json("/api/v1");

		assertThat(root.get("dataVersion").asString()).matches("[0-9a-f]{64}");
		assertThat(root.get("links").get("member-states").asString()).isEqualTo("/api/v1/member-states");
	}

	@Test
	void answersAnUnknownPathWithANotFoundProblem() {
		assertProblem(Answer.of(api.get("/api/v1/no-such-collection")), 404, "/problems/not-found");
		assertProblem(Answer.of(api.get("/no/such/page")), 404, "/problems/not-found");
	}

	@Test
	void leadsFromTheRootToSwaggerUi() {
		ResponseEntity<String> response = api.get("/");

		assertThat(response.getStatusCode().is3xxRedirection()).isTrue();
		assertThat(response.getHeaders().getLocation()).hasPath("/swagger-ui.html");
	}

	@Test
	void documentsTheApiWithTitleLicenceAndATagPerResource() {
		JsonNode docs = api.json("/v3/api-docs");

		assertThat(docs.get("openapi").asString()).startsWith("3.1");
		assertThat(docs.get("info").get("title").asString()).isEqualTo("CSTO knowledge base API");
		assertThat(docs.get("info").get("license").get("name").asString()).contains("CC BY-SA 4.0");
		assertThat(docs.get("info").get("description").asString()).contains("Wikipedia");
		assertThat(docs.get("tags").findValuesAsString("name")).contains("Member states", "Countries", "Events",
				"Statements", "Bodies", "Persons", "Organizations", "Sources");
	}

}
