package org.csto.kb.web.http;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;

/**
 * A script's typo or a repeated parameter gets a problem that names it, never an answer
 * that silently ignores it.
 */
@KnowledgeBaseApiTest
class QueryParameterCheckTests {

	@Autowired
	MockMvcApi api;

	@ParameterizedTest
	@CsvSource({ "/api/v1/events?frm=2023, frm", "/api/v1/statements?speakr=nikol-pashinyan, speakr",
			"/api/v1/timeline?participant=ARM, participant", "/api/v1/member-states?q=arm, q",
			"/api/v1/events/csto-founding?size=1, size", "/api/v1/search?q=csto&query=csto, query",
			"/api/v1?version=2, version" })
	void anUnknownParameterIsAProblemThatNamesIt(String uri, String parameter) {
		assertThat(assertInvalidParameter(api.get(uri), parameter).get("detail").asString())
			.contains("not one this operation takes");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/events?sort=date&sort=title, sort", "/api/v1/events?from=2023&from=2024, from",
			"/api/v1/statements?speaker=a&speaker=b, speaker", "/api/v1/search?q=a&q=b, q" })
	void aParameterGivenTwiceIsAProblemThatSaysSo(String uri, String parameter) {
		assertThat(assertInvalidParameter(api.get(uri), parameter).get("detail").asString()).contains("given 2 times");
	}

	@Test
	void aListParameterMayBeRepeatedAndFormatIsTakenEverywhere() {
		assertThat(api.get("/api/v1/search?q=csto&type=event&type=body")).hasStatusOk();
		assertThat(api.get("/api/v1/events/csto-founding?format=json")).hasStatusOk();
	}

}
