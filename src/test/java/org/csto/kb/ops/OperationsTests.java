package org.csto.kb.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on, checked over real HTTP: the actuator, the headers, the request limits. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
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
		HttpResponse<String> response = get(path);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
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

		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
				"hikaricp_connections");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1", "/api/v1/events?size=1", "/api/v1/events/no-such-event",
			"/api/v1/events?size=0", "/api/v1/events/a%2Fb", "/swagger-ui/index.html", "/v3/api-docs",
			"/actuator/health" })
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

	@Test
	void aQueryOfTenThousandCharactersReachesTheApp() throws Exception {
		HttpResponse<String> response = get("/api/v1/events?sort=" + "a".repeat(10_000));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).path("parameter").asString()).isEqualTo("sort");
	}

	@Test
	void aRequestLineOverSixteenKilobytesIsAProblem() throws Exception {
		HttpResponse<String> response = get("/api/v1/events?sort=" + "a".repeat(17 * 1024));

		assertProblem(response, 400);
	}

	@Test
	void headersOverSixteenKilobytesAreAProblem() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1"))
			.header("X-Padding", "a".repeat(17 * 1024))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertProblem(response, 400);
	}

	@Test
	void moreThanAHundredQueryParametersAreAProblem() throws Exception {
		StringBuilder query = new StringBuilder("size=1");
		for (int i = 0; i < 120; i++) {
			query.append("&p").append(i).append("=1");
		}

		assertProblem(get("/api/v1/events?" + query), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events/%00", "/api/v1/events/..%2F", "/api/v1/events/a%5Cb" })
	void pathsTomcatRejectsAreProblems(String path) throws Exception {
		assertProblem(get(path), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/v1/events?page=%zz HTTP/1.1", "GET /api/v1/events/%zz HTTP/1.1",
			"GET /api/v1/events?sort=a|b HTTP/1.1", "GET /api/v1/ev ents HTTP/1.1", "GET /api/v1/events/\u0001 HTTP/1.1" })
	void requestLinesNoClientLibraryWouldSendAreProblems(String requestLine) throws Exception {
		String response = sendRaw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(response).startsWith("HTTP/1.1 400");
		String head = response.substring(0, response.indexOf("\r\n\r\n"));
		assertThat(head).containsIgnoringCase("Content-Type: application/problem+json").contains("nosniff");
		JsonNode problem = ApiDocument.JSON.readTree(response.substring(response.indexOf('{'), response.lastIndexOf('}') + 1));
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("type").asString()).startsWith("/problems/");
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json(response);
		assertThat(problem.path("type").asString()).startsWith("/problems/");
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	private String sendRaw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
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
