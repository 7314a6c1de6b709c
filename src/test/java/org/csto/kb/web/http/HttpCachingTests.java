package org.csto.kb.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional requests, compression and CORS, over real HTTP as a browser or script sends
 * them: each request carries the headers it names and no others, and a body is read as
 * the bytes that came.
 */
@KnowledgeBaseApiTest
class HttpCachingTests {

	@Autowired
	Api api;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1", "/api/v1/member-states", "/api/v1/member-states/arm", "/api/v1/countries/UZB",
			"/api/v1/events", "/api/v1/events/csto-founding", "/api/v1/statements", "/api/v1/bodies", "/api/v1/persons",
			"/api/v1/organizations/csto", "/api/v1/sources", "/api/v1/timeline" })
	void everyGetCarriesAStrongETagAndRevalidatesTo304WithoutABody(String path) {
		ResponseEntity<byte[]> first = get(path);
		assertThat(first.getStatusCode().value()).isEqualTo(200);
		String etag = header(first, "ETag").orElseThrow();
		assertThat(etag).startsWith("\"").doesNotStartWith("W/");
		assertThat(header(first, "Cache-Control").orElseThrow()).contains("max-age=300");

		ResponseEntity<byte[]> second = get(path, "If-None-Match: " + etag);
		assertThat(second.getStatusCode().value()).isEqualTo(304);
		assertThat(second.getBody()).isEmpty();
		assertThat(header(second, "ETag")).contains(etag);
	}

	@Test
	void anyTagMatchesOnlyARepresentationThatExists() {
		for (String path : new String[] { "/api/v1/events", "/api/v1/events/csto-founding" }) {
			for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.HEAD }) {
				ResponseEntity<byte[]> exists = send(method, path, "If-None-Match: *");
				assertThat(exists.getStatusCode().value()).as("%s %s", method, path).isEqualTo(304);
				assertThat(header(exists, "ETag")).isPresent();
			}
		}
		assertThat(get("/api/v1/events/nope", "If-None-Match: *").getStatusCode().value()).isEqualTo(404);
		assertThat(get("/api/v1/nothing-here", "If-None-Match: *").getStatusCode().value()).isEqualTo(404);
		assertThat(get("/api/v1/events?from=2023-02-30", "If-None-Match: *").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void aStaleETagGetsTheFullResponse() {
		ResponseEntity<byte[]> response = get("/api/v1/events", "If-None-Match: \"stale\"");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).isNotEmpty();
	}

	@Test
	void jsonAndCsvAreDifferentRepresentationsWithDifferentETags() {
		String json = header(get("/api/v1/events"), "ETag").orElseThrow();
		String csv = header(get("/api/v1/events", "Accept: text/csv"), "ETag").orElseThrow();
		assertThat(csv).isNotEqualTo(json);
	}

	@Test
	void formatCsvHasItsOwnETagAndRevalidates() {
		String json = header(get("/api/v1/events"), "ETag").orElseThrow();
		ResponseEntity<byte[]> csv = get("/api/v1/events?format=csv");
		assertThat(header(csv, "Content-Type").orElseThrow()).startsWith("text/csv");
		String etag = header(csv, "ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(json);

		ResponseEntity<byte[]> again = get("/api/v1/events?format=csv", "If-None-Match: " + etag);
		assertThat(again.getStatusCode().value()).isEqualTo(304);
		ResponseEntity<byte[]> asJson = get("/api/v1/events?format=json", "If-None-Match: " + etag);
		assertThat(asJson.getStatusCode().value()).as("the CSV's tag does not validate the JSON").isEqualTo(200);
	}

	@Test
	void repeatedRequestsGetTheirOwnRepresentationBackWhateverCameBetween() throws IOException {
		ResponseEntity<byte[]> json = get("/api/v1/statements?kind=QUOTE");
		ResponseEntity<byte[]> csv = get("/api/v1/statements?kind=QUOTE", "Accept: text/csv");
		ResponseEntity<byte[]> gzipped = get("/api/v1/statements?kind=QUOTE", "Accept-Encoding: gzip");
		ResponseEntity<byte[]> again = get("/api/v1/statements?kind=QUOTE");
		assertThat(header(again, "Content-Type")).isEqualTo(header(json, "Content-Type"));
		assertThat(again.getBody()).isEqualTo(json.getBody());
		assertThat(header(csv, "Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(header(csv, "Content-Disposition").orElseThrow()).contains("statements.csv");
		assertThat(gunzip(gzipped.getBody())).isEqualTo(json.getBody());
		ResponseEntity<byte[]> head = send(HttpMethod.HEAD, "/api/v1/statements?kind=QUOTE");
		assertThat(head.getBody()).isEmpty();
		assertThat(header(head, "Content-Length")).contains(String.valueOf(json.getBody().length));
	}

	@Test
	void theServerKeepsARepeatForItsNextAskerButNotForOneThatSaysNoCache() {
		String path = "/api/v1/events?size=7&sort=title,desc";
		double hits = responseCacheHits();
		get(path);
		get(path);
		assertThat(responseCacheHits()).as("an answer asked for once is not kept").isEqualTo(hits);
		ResponseEntity<byte[]> repeat = get(path);
		assertThat(responseCacheHits()).as("a repeat is answered from the response cache").isEqualTo(hits + 1);

		ResponseEntity<byte[]> fresh = get(path, "Cache-Control: no-cache");
		ResponseEntity<byte[]> pragma = get(path, "Pragma: no-cache");
		assertThat(responseCacheHits()).as("no-cache is rendered afresh").isEqualTo(hits + 1);
		assertThat(fresh.getStatusCode().value()).isEqualTo(200);
		assertThat(fresh.getBody()).isEqualTo(repeat.getBody());
		assertThat(pragma.getBody()).isEqualTo(repeat.getBody());
		assertThat(header(fresh, "ETag")).isEqualTo(header(repeat, "ETag"));
	}

	private double responseCacheHits() {
		String metrics = new String(get("/actuator/prometheus").getBody());
		return metrics.lines()
			.filter(line -> line.startsWith("cache_gets_total{") && line.contains("cache=\"responses\"")
					&& line.contains("result=\"hit\""))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	@Test
	void largeResponsesAreGzippedWithTheirOwnETag() throws IOException {
		ResponseEntity<byte[]> plain = get("/api/v1/events");
		ResponseEntity<byte[]> gzipped = get("/api/v1/events", "Accept-Encoding: gzip");
		assertThat(header(gzipped, "Content-Encoding")).contains("gzip");
		assertThat(gzipped.getBody().length).isLessThan(plain.getBody().length);
		assertThat(gunzip(gzipped.getBody())).isEqualTo(plain.getBody());
		String etag = header(gzipped, "ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(header(plain, "ETag").orElseThrow()).endsWith("-gzip\"");
		assertThat(get("/api/v1/events", "Accept-Encoding: gzip", "If-None-Match: " + etag).getStatusCode().value())
			.isEqualTo(304);
	}

	@Test
	void smallResponsesAndCsvFollowTheThreshold() {
		ResponseEntity<byte[]> small = get("/api/v1", "Accept-Encoding: gzip");
		assertThat(small.getBody().length).isLessThan(1024);
		assertThat(header(small, "Content-Encoding")).isEmpty();
		ResponseEntity<byte[]> csv = get("/api/v1/statements", "Accept: text/csv", "Accept-Encoding: gzip");
		assertThat(header(csv, "Content-Encoding")).contains("gzip");
	}

	@Test
	void headAnswersLikeGetWithoutABody() {
		ResponseEntity<byte[]> get = get("/api/v1/events/csto-founding");
		ResponseEntity<byte[]> head = send(HttpMethod.HEAD, "/api/v1/events/csto-founding");
		assertThat(head.getStatusCode().value()).isEqualTo(200);
		assertThat(head.getBody()).isEmpty();
		assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
		assertThat(header(head, "Content-Length")).contains(String.valueOf(get.getBody().length));
	}

	@Test
	void corsPreflightFromAnyOriginIsAllowedForReads() {
		ResponseEntity<byte[]> preflight = send(HttpMethod.OPTIONS, "/api/v1/events", "Origin: https://analyst.example",
				"Access-Control-Request-Method: GET", "Access-Control-Request-Headers: If-None-Match");
		assertThat(preflight.getStatusCode().value()).isEqualTo(200);
		assertThat(header(preflight, "Access-Control-Allow-Origin")).contains("https://analyst.example");
		assertThat(header(preflight, "Access-Control-Allow-Methods").orElseThrow()).contains("GET", "HEAD");
	}

	@Test
	void crossOriginResponsesExposeTheETagAndCarryCorsHeadersOnProblemsAnd304s() {
		ResponseEntity<byte[]> ok = get("/api/v1/events", "Origin: https://app.example");
		assertThat(header(ok, "Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
		String etag = header(ok, "ETag").orElseThrow();
		ResponseEntity<byte[]> notModified = get("/api/v1/events", "Origin: https://app.example",
				"If-None-Match: " + etag);
		assertThat(notModified.getStatusCode().value()).isEqualTo(304);
		assertThat(header(notModified, "Access-Control-Allow-Origin")).contains("https://app.example");
		ResponseEntity<byte[]> problem = get("/api/v1/events/nope", "Origin: https://app.example");
		assertThat(problem.getStatusCode().value()).isEqualTo(404);
		assertThat(header(problem, "Access-Control-Allow-Origin")).contains("https://app.example");
	}

	@Test
	void writesAreRefusedToOtherOriginsWithAProblem() {
		Answer preflight = Answer.of(api.exchange(HttpMethod.OPTIONS, api.uri("/api/v1/events"),
				"Origin: https://app.example", "Access-Control-Request-Method: DELETE"));
		JsonNode problem = Problems.assertProblem(preflight, 403, "/problems/forbidden");
		assertThat(problem.get("detail").asString()).contains("https://app.example", "GET");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events");
	}

	private ResponseEntity<byte[]> get(String path, String... headers) {
		return send(HttpMethod.GET, path, headers);
	}

	private ResponseEntity<byte[]> send(HttpMethod method, String path, String... headers) {
		return api.bytes(method, api.uri(path), headers);
	}

	private static Optional<String> header(ResponseEntity<byte[]> response, String name) {
		return Optional.ofNullable(response.getHeaders().getFirst(name));
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
