package org.csto.kb.ops;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.assertj.core.api.SoftAssertions;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.contract.ApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * What an operator relies on, checked over real HTTP: the actuator and the headers. The
 * request limits are in MalformedRequestTests.
 */
@KnowledgeBaseApiTest
class OperationsTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/info", "/actuator/prometheus" })
	void servesTheOperationalEndpoints(String path) throws Exception {
		assertThat(get(path).statusCode()).isEqualTo(200);
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
		HttpResponse<String> response = get("/actuator/health/readiness");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).path("status").asString()).isEqualTo("UP");
		assertThat(get("/actuator/health").body()).contains("\"readiness\"", "\"liveness\"");
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
		HttpResponse<String> response = get("/actuator/prometheus");

		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"hikaricp_connections");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/api/v1", "/api/v1/events?size=1", "/api/v1/events/no-such-event", "/api/v1/events?size=0",
					"/api/v1/events/a%2Fb", "/swagger-ui/index.html", "/v3/api-docs", "/actuator/health" })
	void everyResponseCarriesTheSecurityHeadersAndNoServerName(String path) throws Exception {
		HttpResponse<String> response = get(path);

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		softly.assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		softly.assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		softly.assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		softly.assertThat(response.headers().firstValue("Server")).isEmpty();
		softly.assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
		softly.assertAll();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return ApiDocument.JSON.readTree(response.body());
	}

	private static String sha256OfTheSourceText() throws Exception {
		try (InputStream text = OperationsTests.class.getResourceAsStream("/sources/csto-wikipedia-extract.txt")) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.readAllBytes()));
		}
	}

}
