package org.csto.kb.curation;

import java.nio.file.Path;
import java.util.Map;

import org.csto.kb.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps what is published: the application, started twice on one H2
 * file as {@code ./mvnw spring-boot:run} starts it, serves after the restart what it
 * published before, with its revision, the change feed, search and the data version.
 */
class RestartTests {

	@Test
	void aRestartKeepsEveryPublishedChange(@TempDir Path data) {
		Map<String, Object> file = Map.of("spring.profiles.active", "default", "spring.datasource.url", "jdbc:h2:file:"
				+ data.resolve("csto") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		String before;
		try (Instance app = new Instance(file)) {
			app.publish("restart", "Dushanbe");
			before = app.dataVersion();
			assertThat(before).endsWith(".2");
		}
		try (Instance app = new Instance(file)) {
			assertThat(app.dataVersion()).isEqualTo(before);
			assertThat(app.api.json("/api/v1/events/restart-meeting").get("revision").asInt()).isEqualTo(1);
			assertThat(app.api.json("/api/v1/changes").get("content").findValuesAsString("id"))
				.containsExactly("restart-report", "restart-meeting");
			assertThat(app.api.json("/api/v1/search?q=restart+meeting&type=event")
				.get("content")
				.get(0)
				.get("id")
				.asString()).isEqualTo("restart-meeting");
			assertThat(app.api.json("/api/v1/events/restart-meeting/revisions")
				.get("content")
				.get(0)
				.get("reviewer")
				.asString()).isEqualTo(Accounts.REVIEWER);
		}
	}

}
