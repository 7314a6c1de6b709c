package org.csto.kb.ops;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * What an operator relies on, checked over real HTTP: the actuator and the headers. The
 * request limits are in MalformedRequestTests.
 */
@KnowledgeBaseApiTest
class OperationsTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/info", "/actuator/prometheus" })
	void servesTheOperationalEndpoints(String path) throws Exception {
		assertThat(get(path).getStatusCode().value()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/threaddump",
			"/actuator/beans", "/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/metrics",
			"/actuator/shutdown", "/actuator/flyway", "/actuator/sbom", "/h2-console", "/h2-console/login.jsp" })
	void hidesEverythingElse(String path) throws Exception {
		assertProblem(Answer.of(get(path)), 404, "/problems/not-found");
	}

	@Test
	void healthHasLivenessAndReadinessGroups() throws Exception {
		ResponseEntity<String> response = get("/actuator/health/readiness");

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(json(response).path("status").asString()).isEqualTo("UP");
		assertThat(get("/actuator/health").getBody()).contains("\"readiness\"", "\"liveness\"");
	}

	@Test
	void infoReportsTheAppVersionAndTheDataVersion() throws Exception {
		JsonNode info = json(get("/actuator/info"));

		assertThat(info.path("build").path("artifact").asString()).isEqualTo("csto-knowledge-base");
		assertThat(info.path("build").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.path("data").path("version").asString()).isEqualTo(sha256OfTheSourceText());
		assertThat(json(get("/api/v1")).path("dataVersion").asString()).isEqualTo(sha256OfTheSourceText());
	}

	@Test
	void prometheusServesMetrics() throws Exception {
		get("/api/v1/events");
		ResponseEntity<String> response = get("/actuator/prometheus");

		assertThat(header(response, "Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(response.getBody()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"hikaricp_connections");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/api/v1", "/api/v1/events?size=1", "/api/v1/events/no-such-event", "/api/v1/events?size=0",
					"/api/v1/events/a%2Fb", "/swagger-ui/index.html", "/v3/api-docs", "/actuator/health" })
	void everyResponseCarriesTheSecurityHeadersAndNoServerName(String path) throws Exception {
		ResponseEntity<String> response = get(path);

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(header(response, "X-Content-Type-Options")).hasValue("nosniff");
		softly.assertThat(header(response, "X-Frame-Options")).hasValue("DENY");
		softly.assertThat(header(response, "Referrer-Policy")).hasValue("no-referrer");
		softly.assertThat(header(response, "Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		softly.assertThat(header(response, "Server")).isEmpty();
		softly.assertThat(header(response, "X-Powered-By")).isEmpty();
		softly.assertAll();
	}

	/** A GET of the path as written: {@code a%2Fb} must reach the server encoded. */
	private ResponseEntity<String> get(String path) {
		return api.get(api.uri(path));
	}

	private static Optional<String> header(ResponseEntity<String> response, String name) {
		return Optional.ofNullable(response.getHeaders().getFirst(name));
	}

	private static JsonNode json(ResponseEntity<String> response) {
		return Api.read(response.getBody());
	}

	private static String sha256OfTheSourceText() throws Exception {
		try (InputStream text = OperationsTests.class.getResourceAsStream("/sources/csto-wikipedia-extract.txt")) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.readAllBytes()));
		}
	}

}
