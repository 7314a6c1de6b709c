package org.csto.kb.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.csto.kb.CstoKnowledgeBaseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started as a user starts it, on the database the properties name, with
 * a curator and a reviewer; for tests of several instances or of restarts, which the test
 * context's one application cannot be. Used over HTTP, as a client would.
 */
final class Instance implements AutoCloseable {

	static final String PASSWORD = "instance-test";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final ConfigurableApplicationContext app;

	private final String base;

	Instance(Map<String, Object> database) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--kb.security.accounts[0].name=curator",
				"--kb.security.accounts[0].password={noop}" + PASSWORD, "--kb.security.accounts[0].roles=CURATOR",
				"--kb.security.accounts[1].name=reviewer", "--kb.security.accounts[1].password={noop}" + PASSWORD,
				"--kb.security.accounts[1].roles=REVIEWER"));
		database.forEach((name, value) -> args.add("--" + name + "=" + value));
		app = new SpringApplicationBuilder(CstoKnowledgeBaseApplication.class).run(args.toArray(String[]::new));
		base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** Proposes a source and a meeting in the place that cites it, and publishes them. */
	void publish(String prefix, String place) throws Exception {
		String proposal = Drafts
			.proposal("A report and the meeting it tells of",
					Drafts.create("source", prefix + "-report", Drafts.source(place)), Drafts.create("event",
							prefix + "-meeting", Drafts.event(prefix + " meeting", prefix + "-report", place)))
			.toString();
		HttpResponse<String> proposed = send("POST", "/api/v1/proposals", "curator", proposal);
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
		String id = Drafts.JSON.readTree(proposed.body()).get("id").asString();
		HttpResponse<String> published = send("POST", "/api/v1/proposals/" + id + "/publish", "reviewer", null);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
	}

	JsonNode json(String path) throws Exception {
		HttpResponse<String> response = get(path, Map.of());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Drafts.JSON.readTree(response.body());
	}

	String dataVersion() throws Exception {
		return json("/api/v1").get("dataVersion").asString();
	}

	HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		headers.forEach(request::header);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(String method, String path, String account, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		app.close();
	}

}
