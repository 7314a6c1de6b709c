package org.csto.kb.web.problem;

import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * Requests so malformed that HTTP client libraries refuse to send them, or so large that
 * Tomcat refuses them, written to a socket: the ones Tomcat rejects before any servlet
 * runs must still get a problem with the security headers, never an HTML page; values
 * within the limits must reach the application.
 */
@KnowledgeBaseApiTest
class MalformedRequestTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events/%", "/api/v1/events/%zz", "/api/v1/events/%00", "/api/v1/events/a%00b",
			"/api/v1/events/..%2F", "/api/v1/events/..%2F..%2Fetc", "/api/v1/events/a%5Cb", "/api/v1/events?page=%ff",
			"/api/v1/events?page=%zz", "/api/v1/statements?kind=%C0%AF", "/api/v1/events?sort=a|b", "/api/v1/ev ents",
			"/api/v1/events/\u0001", "/%" })
	void malformedRequestTargetsAreBadRequestProblems(String target) {
		assertRejected(api.raw("GET " + target + " HTTP/1.1"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 17 * 1024, 40_000, 200_000 })
	void headersOverTheLimitAreProblems(int length) {
		assertRejected(api.raw("GET /api/v1/events HTTP/1.1", "X-Padding: " + "a".repeat(length)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 17 * 1024, 40_000 })
	void requestLinesOverTheLimitAreProblems(int length) {
		assertRejected(api.raw("GET /api/v1/events?from=" + "9".repeat(length) + " HTTP/1.1"));
	}

	@Test
	void moreThanAHundredQueryParametersAreAProblem() {
		StringBuilder query = new StringBuilder("size=1");
		for (int i = 0; i < 120; i++) {
			query.append("&p").append(i).append("=1");
		}
		assertRejected(api.raw("GET /api/v1/events?" + query + " HTTP/1.1"));
	}

	@ParameterizedTest
	@CsvSource({ "sort, a", "from, 9" })
	void tenThousandCharactersWithinTheLimitReachTheApplication(String parameter, String character) {
		assertInvalidParameter(
				api.raw("GET /api/v1/events?" + parameter + "=" + character.repeat(10_000) + " HTTP/1.1"), parameter);
	}

	private static void assertRejected(Answer answer) {
		assertProblem(answer, 400, "/problems/bad-request");
		assertThat(answer.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(answer.body()).doesNotContain("<html", "Exception");
	}

}
