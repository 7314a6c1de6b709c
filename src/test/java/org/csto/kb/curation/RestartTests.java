package org.csto.kb.curation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.csto.kb.CstoKnowledgeBaseApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps what is published: the application, started twice on one H2
 * file as {@code ./mvnw spring-boot:run} starts it, serves after the restart what it
 * published before, with its revision, the change feed and the data version.
 */
class RestartTests {

	private static final String PASSWORD = "restart-test";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRestartKeepsEveryPublishedChange(@TempDir Path data) throws Exception {
		String before;
		try (ConfigurableApplicationContext app = start(data)) {
			String base = base(app);
			String proposal = Drafts
				.proposal("A report and the meeting it tells of",
						Drafts.create("source", "restart-report", Drafts.source("Dushanbe")), Drafts.create("event",
								"restart-meeting", Drafts.event("Restart meeting", "restart-report", "Dushanbe")))
				.toString();
			HttpResponse<String> proposed = send(base, "POST", "/api/v1/proposals", "curator", proposal);
			assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
			String id = Drafts.JSON.readTree(proposed.body()).get("id").asString();
			HttpResponse<String> published = send(base, "POST", "/api/v1/proposals/" + id + "/publish", "reviewer",
					null);
			assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
			before = json(base, "/api/v1").get("dataVersion").asString();
			assertThat(before).endsWith(".2");
		}
		try (ConfigurableApplicationContext app = start(data)) {
			String base = base(app);
			assertThat(json(base, "/api/v1").get("dataVersion").asString()).isEqualTo(before);
			JsonNode event = json(base, "/api/v1/events/restart-meeting");
			assertThat(event.get("revision").asInt()).isEqualTo(1);
			assertThat(event.get("citations").get(0).get("source").asString()).isEqualTo("restart-report");
			assertThat(json(base, "/api/v1/changes").get("content").findValuesAsString("id"))
				.containsExactly("restart-report", "restart-meeting");
			assertThat(json(base, "/api/v1/search?q=Restart+meeting&type=event").get("content")
				.get(0)
				.get("id")
				.asString()).isEqualTo("restart-meeting");
			assertThat(json(base, "/api/v1/events/restart-meeting/revisions").get("content")
				.get(0)
				.get("reviewer")
				.asString()).isEqualTo("reviewer");
		}
	}

	/** The application as a user starts it, but on a file in the test's own directory. */
	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(CstoKnowledgeBaseApplication.class).run("--server.port=0",
				"--spring.profiles.active=default",
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("csto")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--kb.security.accounts[0].name=curator", "--kb.security.accounts[0].password={noop}" + PASSWORD,
				"--kb.security.accounts[0].roles=CURATOR", "--kb.security.accounts[1].name=reviewer",
				"--kb.security.accounts[1].password={noop}" + PASSWORD, "--kb.security.accounts[1].roles=REVIEWER");
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private JsonNode json(String base, String path) throws Exception {
		HttpResponse<String> response = send(base, "GET", path, null, null);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return Drafts.JSON.readTree(response.body());
	}

	private HttpResponse<String> send(String base, String method, String path, String account, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.header("Content-Type", "application/json")
			.header("Cache-Control", "no-cache");
		if (account != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((account + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
