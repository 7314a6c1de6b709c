package org.csto.kb.web.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.csto.kb.testing.Answer;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional requests, compression and CORS, over real HTTP as a browser or script sends
 * them.
 */
@KnowledgeBaseApiTest
class HttpCachingTests {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1", "/api/v1/member-states", "/api/v1/member-states/arm", "/api/v1/countries/UZB",
			"/api/v1/events", "/api/v1/events/csto-founding", "/api/v1/statements", "/api/v1/bodies", "/api/v1/persons",
			"/api/v1/organizations/csto", "/api/v1/sources", "/api/v1/timeline" })
	void everyGetCarriesAStrongETagAndRevalidatesTo304WithoutABody(String path) throws Exception {
		HttpResponse<byte[]> first = send(request(path).build());
		assertThat(first.statusCode()).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("\"").doesNotStartWith("W/");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");

		HttpResponse<byte[]> second = send(request(path).header("If-None-Match", etag).build());
		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
		assertThat(second.headers().firstValue("ETag")).contains(etag);
	}

	@Test
	void anyTagMatchesOnlyARepresentationThatExists() throws Exception {
		for (String path : new String[] { "/api/v1/events", "/api/v1/events/csto-founding" }) {
			for (String method : new String[] { "GET", "HEAD" }) {
				HttpResponse<byte[]> exists = send(request(path).method(method, HttpRequest.BodyPublishers.noBody())
					.header("If-None-Match", "*")
					.build());
				assertThat(exists.statusCode()).as("%s %s", method, path).isEqualTo(304);
				assertThat(exists.headers().firstValue("ETag")).isPresent();
			}
		}
		assertThat(send(request("/api/v1/events/nope").header("If-None-Match", "*").build()).statusCode())
			.isEqualTo(404);
		assertThat(send(request("/api/v1/nothing-here").header("If-None-Match", "*").build()).statusCode())
			.isEqualTo(404);
		assertThat(send(request("/api/v1/events?from=2023-02-30").header("If-None-Match", "*").build()).statusCode())
			.isEqualTo(400);
	}

	@Test
	void aStaleETagGetsTheFullResponse() throws Exception {
		HttpResponse<byte[]> response = send(request("/api/v1/events").header("If-None-Match", "\"stale\"").build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isNotEmpty();
	}

	@Test
	void jsonAndCsvAreDifferentRepresentationsWithDifferentETags() throws Exception {
		String json = send(request("/api/v1/events").build()).headers().firstValue("ETag").orElseThrow();
		String csv = send(request("/api/v1/events").header("Accept", "text/csv").build()).headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(csv).isNotEqualTo(json);
	}

	@Test
	void formatCsvHasItsOwnETagAndRevalidates() throws Exception {
		String json = send(request("/api/v1/events").build()).headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> csv = send(request("/api/v1/events?format=csv").build());
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		String etag = csv.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(json);

		HttpResponse<byte[]> again = send(request("/api/v1/events?format=csv").header("If-None-Match", etag).build());
		assertThat(again.statusCode()).isEqualTo(304);
		HttpResponse<byte[]> asJson = send(request("/api/v1/events?format=json").header("If-None-Match", etag).build());
		assertThat(asJson.statusCode()).as("the CSV's tag does not validate the JSON").isEqualTo(200);
	}

	@Test
	void repeatedRequestsGetTheirOwnRepresentationBackWhateverCameBetween() throws Exception {
		HttpResponse<byte[]> json = send(request("/api/v1/statements?kind=QUOTE").build());
		HttpResponse<byte[]> csv = send(request("/api/v1/statements?kind=QUOTE").header("Accept", "text/csv").build());
		HttpResponse<byte[]> gzipped = send(
				request("/api/v1/statements?kind=QUOTE").header("Accept-Encoding", "gzip").build());
		HttpResponse<byte[]> again = send(request("/api/v1/statements?kind=QUOTE").build());
		assertThat(again.headers().firstValue("Content-Type")).isEqualTo(json.headers().firstValue("Content-Type"));
		assertThat(again.body()).isEqualTo(json.body());
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("statements.csv");
		assertThat(gunzip(gzipped.body())).isEqualTo(json.body());
		HttpResponse<byte[]> head = send(
				request("/api/v1/statements?kind=QUOTE").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(json.body().length));
	}

	@Test
	void theServerKeepsARepeatForItsNextAskerButNotForOneThatSaysNoCache() throws Exception {
		String path = "/api/v1/events?size=7&sort=title,desc";
		double hits = responseCacheHits();
		send(request(path).build());
		send(request(path).build());
		assertThat(responseCacheHits()).as("an answer asked for once is not kept").isEqualTo(hits);
		HttpResponse<byte[]> repeat = send(request(path).build());
		assertThat(responseCacheHits()).as("a repeat is answered from the response cache").isEqualTo(hits + 1);

		HttpResponse<byte[]> fresh = send(request(path).header("Cache-Control", "no-cache").build());
		HttpResponse<byte[]> pragma = send(request(path).header("Pragma", "no-cache").build());
		assertThat(responseCacheHits()).as("no-cache is rendered afresh").isEqualTo(hits + 1);
		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(fresh.body()).isEqualTo(repeat.body());
		assertThat(pragma.body()).isEqualTo(repeat.body());
		assertThat(fresh.headers().firstValue("ETag")).isEqualTo(repeat.headers().firstValue("ETag"));
	}

	private double responseCacheHits() throws Exception {
		String metrics = new String(send(request("/actuator/prometheus").build()).body());
		return metrics.lines()
			.filter(line -> line.startsWith("cache_gets_total{") && line.contains("cache=\"responses\"")
					&& line.contains("result=\"hit\""))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	@Test
	void largeResponsesAreGzippedWithTheirOwnETag() throws Exception {
		HttpResponse<byte[]> plain = send(request("/api/v1/events").build());
		HttpResponse<byte[]> gzipped = send(request("/api/v1/events").header("Accept-Encoding", "gzip").build());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length);
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow()).endsWith("-gzip\"");
		assertThat(
				send(request("/api/v1/events").header("Accept-Encoding", "gzip").header("If-None-Match", etag).build())
					.statusCode())
			.isEqualTo(304);
	}

	@Test
	void smallResponsesAndCsvFollowTheThreshold() throws Exception {
		HttpResponse<byte[]> small = send(request("/api/v1").header("Accept-Encoding", "gzip").build());
		assertThat(small.body().length).isLessThan(1024);
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
		HttpResponse<byte[]> csv = send(
				request("/api/v1/statements").header("Accept", "text/csv").header("Accept-Encoding", "gzip").build());
		assertThat(csv.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void headAnswersLikeGetWithoutABody() throws Exception {
		HttpResponse<byte[]> get = send(request("/api/v1/events/csto-founding").build());
		HttpResponse<byte[]> head = send(
				request("/api/v1/events/csto-founding").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
		assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().length));
	}

	@Test
	void corsPreflightFromAnyOriginIsAllowedForReads() throws Exception {
		HttpResponse<byte[]> preflight = send(
				request("/api/v1/events").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
					.header("Origin", "https://analyst.example")
					.header("Access-Control-Request-Method", "GET")
					.header("Access-Control-Request-Headers", "If-None-Match")
					.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://analyst.example");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("GET",
				"HEAD");
	}

	@Test
	void crossOriginResponsesExposeTheETagAndCarryCorsHeadersOnProblemsAnd304s() throws Exception {
		HttpResponse<byte[]> ok = send(request("/api/v1/events").header("Origin", "https://app.example").build());
		assertThat(ok.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
		String etag = ok.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> notModified = send(request("/api/v1/events").header("Origin", "https://app.example")
			.header("If-None-Match", etag)
			.build());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
		HttpResponse<byte[]> problem = send(
				request("/api/v1/events/nope").header("Origin", "https://app.example").build());
		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");
	}

	@Test
	void writesAreRefusedToOtherOriginsWithAProblem() throws Exception {
		HttpResponse<String> preflight = http
			.send(request("/api/v1/events").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://app.example")
				.header("Access-Control-Request-Method", "DELETE")
				.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode problem = Problems.assertProblem(Answer.of(preflight), 403, "/problems/forbidden");
		assertThat(problem.get("detail").asString()).contains("https://app.example", "GET");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/events");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
