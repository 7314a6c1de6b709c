package org.csto.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.ResourceType;
import tools.jackson.databind.JsonNode;
import org.csto.kb.testing.ConnectionCounter;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@KnowledgeBaseApiTest
class SearchControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ConnectionCounter connections;

	private MvcTestResult search(String... params) {
		return mvc.get().uri("/api/v1/search").queryParams(queryParams(params)).exchange();
	}

	private static org.springframework.util.MultiValueMap<String, String> queryParams(String... params) {
		var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
		for (int i = 0; i < params.length; i += 2) {
			map.add(params[i], params[i + 1]);
		}
		return map;
	}

	/**
	 * Paging across instances on H2 and PostgreSQL must neither skip nor repeat a hit:
	 * among hits of equal score, the order is by type, id and passage, whatever order the
	 * index was written in.
	 */
	@Test
	void breaksTiesOfScoreByTypeIdAndPassage() throws Exception {
		int ties = 0;
		for (String q : List.of("CSTO", "Armenia", "meeting", "Russia", "Pashinyan")) {
			JsonNode hits = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readTree(search("q", q, "size", "100").getResponse().getContentAsString())
				.get("content");
			for (int i = 1; i < hits.size(); i++) {
				JsonNode before = hits.get(i - 1);
				JsonNode after = hits.get(i);
				if (before.get("score").asDouble() == after.get("score").asDouble()) {
					ties++;
					assertThat(tieKey(before)).as("%s: %s before %s", q, before, after)
						.isLessThanOrEqualTo(tieKey(after));
				}
			}
		}
		assertThat(ties).as("hits of equal score to order").isPositive();
	}

	private static String tieKey(JsonNode hit) {
		return hit.get("type").asString() + "/" + hit.get("id").asString() + "/"
				+ "%05d".formatted(hit.get("passage").isNull() ? 0 : hit.get("passage").asInt());
	}

	@Test
	void findsPashinyanFirstAndWhatHeSaid() {
		MvcTestResult result = search("q", "Pashinyan", "size", "100");
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$.content[0]")
			.asMap()
			.containsEntry("type", "person")
			.containsEntry("id", "nikol-pashinyan")
			.containsEntry("title", "Nikol Pashinyan");
		assertThat(result).bodyJson()
			.extractingPath("$.content[?(@.type == 'statement')].id")
			.asArray()
			.contains("pashinyan-frozen-participation-in-treaty", "pashinyan-csto-membership-under-review",
					"pashinyan-russian-federation-cannot-meet-armenias-security-needs",
					"pashinyan-strategic-mistake-to-rely-solely-on-russia");
	}

	@Test
	void showsTheSpeakerWhenAStatementIsFoundByWhoSaidIt() {
		MvcTestResult result = search("q", "Pashinyan", "type", "statement", "size", "100");
		assertThat(result).bodyJson()
			.extractingPath("$.content[?(@.id == 'pashinyan-frozen-participation-in-treaty')]")
			.asArray()
			.singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("title",
					"Nikol Pashinyan: We have now in practical terms frozen our participation in this treaty")
			.containsEntry("snippet",
					"Nikol <mark>Pashinyan</mark>: We have now in practical terms frozen our participation in this treaty");
	}

	@Test
	void searchesWithoutTouchingTheDatabase() {
		long before = connections.count();
		assertThat(before).as("connections taken while the index was built").isPositive();
		assertThat(search("q", "Pashinyan")).hasStatusOk();
		assertThat(search("q", "КСОР", "type", "source,body", "page", "1", "size", "1")).hasStatusOk();
		assertThat(connections.count()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "rapid reaction force", "КСОР", "KSOR", "Коллективные силы", "Коллекти́вные си́лы",
			"коллективные силы", "КОЛЛЕКТИВНЫЕ СИЛЫ", "ksor" })
	void findsTheRapidReactionForceFirstByNameAbbreviationOrRussianName(String q) {
		MvcTestResult result = search("q", q);
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.content[0]")
			.asMap()
			.containsEntry("type", "body")
			.containsEntry("id", "collective-rapid-reaction-force");
	}

	@Test
	void findsANameTypedInTheOtherScript() {
		assertThat(search("q", "Пашинян")).bodyJson().extractingPath("$.content[0].id").isEqualTo("nikol-pashinyan");
		assertThat(search("q", "ODKB", "type", "organization")).bodyJson()
			.extractingPath("$.content[0].id")
			.isEqualTo("csto");
	}

	@Test
	void stemsRussianInflections() {
		MvcTestResult result = search("q", "коллективных силами оперативному");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.content[0].id").isEqualTo("collective-rapid-reaction-force");
	}

	@Test
	void stemsEnglishInflections() {
		MvcTestResult result = search("q", "refusing drill", "type", "event");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.content[0].id")
			.isEqualTo("pashinyan-refuses-common-military-drills");
	}

	@Test
	void ignoresCaseAndDiacritics() {
		MvcTestResult plain = search("q", "pashinyan");
		MvcTestResult accented = search("q", "PÁSHINYÁN");
		assertThat(plain).hasStatusOk();
		assertThat(accented).hasStatusOk();
		assertThat(accented).bodyJson().extractingPath("$.content[0].id").isEqualTo("nikol-pashinyan");
		assertThat(accented).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(com.jayway.jsonpath.JsonPath.read(content(plain), "$.page.totalElements"));
	}

	@Test
	void findsAbbreviationsOfTheOrganization() {
		assertThat(search("q", "CSTO", "type", "organization")).bodyJson()
			.extractingPath("$.content[0].id")
			.isEqualTo("csto");
		// Unfiltered too: a long list of the organization's other names must not weigh
		// its short abbreviation down below the bodies that mention it.
		assertThat(search("q", "CSTO")).bodyJson().extractingPath("$.content[0].id").isEqualTo("csto");
		assertThat(search("q", "ОДКБ")).bodyJson().extractingPath("$.content[0].id").isEqualTo("csto");
	}

	@Test
	void narrowsToTheRequestedTypes() {
		MvcTestResult result = search("q", "Pashinyan", "type", "statement", "size", "100");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.content[*].type")
			.asArray()
			.isNotEmpty()
			.containsOnly("statement");

		MvcTestResult two = search("q", "Pashinyan", "type", "person,event", "type", "source", "size", "100");
		assertThat(two).bodyJson()
			.extractingPath("$.content[*].type")
			.asArray()
			.contains("person", "event", "source")
			.doesNotContain("statement", "country");
	}

	@Test
	void passagesAreSourceHitsWithTheirNumber() {
		MvcTestResult result = search("q", "КСОР", "type", "source");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.content[0]")
			.asMap()
			.containsEntry("type", "source")
			.containsEntry("id", "csto-wikipedia-extract")
			.containsEntry("passage", 4);
	}

	@Test
	void highlightsTheMatchInTheSnippet() {
		MvcTestResult result = search("q", "KSOR", "type", "event");
		assertThat(result).bodyJson().extractingPath("$.content[0].snippet").asString().contains("<mark>KSOR</mark>");
		MvcTestResult russian = search("q", "Коллективные", "type", "source");
		assertThat(russian).bodyJson()
			.extractingPath("$.content[0].snippet")
			.asString()
			.contains("<mark>Коллекти́вные</mark>");
	}

	@Test
	void pagesHitsLikeEveryCollection() {
		MvcTestResult all = search("q", "CSTO", "size", "100");
		MvcTestResult second = search("q", "CSTO", "page", "1", "size", "3");
		assertThat(second).hasStatusOk();
		assertThat(second).bodyJson()
			.extractingPath("$.page")
			.asMap()
			.containsEntry("size", 3)
			.containsEntry("number", 1);
		assertThat(second).bodyJson().extractingPath("$.content").asArray().hasSize(3);
		List<String> allIds = com.jayway.jsonpath.JsonPath.read(content(all), "$.content[3:6].id");
		List<String> pageIds = com.jayway.jsonpath.JsonPath.read(content(second), "$.content[*].id");
		assertThat(pageIds).isEqualTo(allIds);
		assertThat(search("q", "CSTO", "page", "1000")).bodyJson().extractingPath("$.content").asArray().isEmpty();
	}

	@Test
	void leavesOutEveryHitWithAnExcludedWord() {
		Set<String> csto = hits("CSTO");
		Set<String> armenia = hits("Armenia");
		Set<String> cstoWithoutArmenia = new HashSet<>(csto);
		cstoWithoutArmenia.removeAll(armenia);
		assertThat(cstoWithoutArmenia).isNotEmpty();
		assertThat(hits("CSTO -Armenia")).isEqualTo(cstoWithoutArmenia);
		assertThat(hits("CSTO -\"Armenia\"")).isEqualTo(cstoWithoutArmenia);
		Set<String> neither = new HashSet<>(cstoWithoutArmenia);
		neither.removeAll(hits("Russia"));
		assertThat(hits("CSTO -Armenia -Russia")).isEqualTo(neither).isNotEqualTo(cstoWithoutArmenia);
		Set<String> everything = hits("-zzzzqqqq");
		everything.removeAll(armenia);
		assertThat(hits("-Armenia")).isEqualTo(everything);
	}

	/** Every hit of a query, as type/id/passage, from all its pages. */
	private Set<String> hits(String q) {
		Set<String> hits = new HashSet<>();
		for (int page = 0;; page++) {
			String body = content(search("q", q, "size", "100", "page", String.valueOf(page)));
			List<Map<String, Object>> content = com.jayway.jsonpath.JsonPath.read(body, "$.content");
			content.forEach(hit -> hits.add(hit.get("type") + "/" + hit.get("id") + "/" + hit.get("passage")));
			if (page + 1 >= (int) com.jayway.jsonpath.JsonPath.read(body, "$.page.totalPages")) {
				return hits;
			}
		}
	}

	@Test
	void rejectsABlankQuery() {
		for (MvcTestResult result : List.of(search(), search("q", ""), search("q", "   "))) {
			assertInvalidParameter(result, "q");
		}
	}

	@Test
	void rejectsAQueryOverTheLimit() {
		assertThat(search("q", "a".repeat(200))).hasStatusOk();
		assertInvalidParameter(search("q", "a".repeat(201)), "q");
	}

	@Test
	void rejectsAnUnknownTypeNamingTheAllowedOnes() {
		MvcTestResult result = search("q", "CSTO", "type", "person,planet");
		assertThat(assertInvalidParameter(result, "type").get("detail").asString()).contains("planet", "statement",
				"source");
	}

	/**
	 * The choices Swagger UI offers for {@code type} are written out in an annotation:
	 * they must be the types the search accepts, every one of them.
	 */
	@Test
	void documentsEveryResourceTypeAsAChoiceOfType() {
		List<String> keys = Arrays.stream(ResourceType.values()).map(ResourceType::key).toList();
		assertThat(mvc.get().uri("/v3/api-docs")).bodyJson()
			.extractingPath("$.paths['/api/v1/search'].get.parameters[?(@.name == 'type')].schema.items.enum[*]")
			.asArray()
			.containsExactlyInAnyOrderElementsOf(keys);
		for (String key : keys) {
			assertThat(search("q", "CSTO", "type", key)).hasStatusOk();
		}
	}

	@Test
	void rejectsSortingAndBadPaging() {
		assertInvalidParameter(search("q", "CSTO", "sort", "score"), "sort");
		assertInvalidParameter(search("q", "CSTO", "size", "101"), "size");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"unbalanced", "*", "~", "a~2", "+-|", "(", ")", "[", "]", "{", "}", "\\", "/", "AND",
			"OR NOT", "field:value", "title:(CSTO", "\u0000", "CSTO\u0000KSOR", "😀", "🇦🇲 Armenia", "' OR 1=1 --",
			"'; DROP TABLE person; --", "%", "_", "the", "a AND", "\"\"", "*:*", "?", "<mark>x</mark>", "&amp;",
			"\uD800", "Коллекти́вные*", "pash*", "-CSTO", "\t", "‮", "-the", "CSTO -", "-(", "-\"", "--CSTO",
			"CSTO | -Armenia", "-(CSTO Armenia", "-\"CSTO" })
	void neverAnswersHostileInputWithAServerError(String q) {
		MvcTestResult result = search("q", q);
		assertThat(result.getResponse().getStatus()).isIn(200, 400);
	}

	@Test
	void neverAnswersTenThousandCharactersWithAServerError() {
		assertInvalidParameter(search("q", "CSTO ".repeat(2000)), "q");
	}

	@Test
	void servesTheLastPossiblePageWithoutFailing() {
		assertThat(search("q", "CSTO", "page", String.valueOf(Integer.MAX_VALUE / 100), "size", "100")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	private static String content(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
