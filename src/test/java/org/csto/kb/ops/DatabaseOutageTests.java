package org.csto.kb.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.ApiClientConfiguration;
import org.csto.kb.testing.Problems;
import org.csto.kb.testing.contract.ApiDocument.Operation;
import org.csto.kb.testing.contract.ApiDocument;
import org.csto.kb.testing.postgres.CuttableProxy;
import org.csto.kb.testing.postgres.PostgresRunCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes down under the running app and comes back. The app runs on a proxy to a
 * real server, and the test cuts the proxy: every endpoint must still answer within 2
 * seconds, with the data it gave before or a 503 problem, readiness must turn DOWN, and
 * once the proxy is restored readiness must turn UP again without a restart.
 * <p>
 * It starts an application of its own, on the proxy, rather than
 * {@code @KnowledgeBaseApiTest}'s: it imports the {@link Api}, and the PostgreSQL run's
 * condition (which cleans that run's database before its first test), but not the run's
 * datasource, which would bypass the proxy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ApiClientConfiguration.class)
@ExtendWith(PostgresRunCondition.class)
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "KB_TEST_POSTGRES_URL", matches = ".+",
		disabledReason = "needs PostgreSQL: set KB_TEST_POSTGRES_URL, e.g. jdbc:postgresql://127.0.0.1:5432/kb_ops "
				+ "(and KB_TEST_POSTGRES_USER, KB_TEST_POSTGRES_PASSWORD if not postgres with no password)")
class DatabaseOutageTests {

	static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	/**
	 * What an answer that needs the database (an item's history, the change feed) may
	 * take to become a 503, by the settings of application.yml and
	 * application-postgres.yml: a pooled connection that died is validated (1 s), a new
	 * one tried (2 s to connect), the pool's wait for one (2 s), and a second to spare on
	 * a loaded machine.
	 */
	static final Duration PROBLEM_WITHIN = Duration.ofSeconds(6);

	static final Duration READINESS_WITHIN = Duration.ofSeconds(10);

	/**
	 * The collections the issue names, and an event; every other documented GET operation
	 * is checked as well.
	 */
	static final List<String> COLLECTIONS = List.of("/api/v1/member-states", "/api/v1/events", "/api/v1/statements",
			"/api/v1/countries", "/api/v1/sources");

	static final Pattern JDBC_URL = Pattern.compile("(?:jdbc:)?postgresql://([^/:?]+)(?::(\\d+))?(/.*)");

	static CuttableProxy proxy;

	@Autowired
	Api api;

	@DynamicPropertySource
	static void databaseBehindTheProxy(DynamicPropertyRegistry registry) throws Exception {
		Matcher url = JDBC_URL.matcher(System.getenv("KB_TEST_POSTGRES_URL"));
		if (!url.matches()) {
			throw new IllegalArgumentException("KB_TEST_POSTGRES_URL is not a PostgreSQL JDBC URL: " + url);
		}
		proxy = new CuttableProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3));
		registry.add("spring.datasource.username", () -> env("KB_TEST_POSTGRES_USER", "postgres"));
		registry.add("spring.datasource.password", () -> env("KB_TEST_POSTGRES_PASSWORD", ""));
	}

	@AfterAll
	static void closeProxy() throws Exception {
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void answersWithoutTheDatabaseAndRecoversWhenItReturns() throws Exception {
		List<String> named = new ArrayList<>(COLLECTIONS);
		named.add("/api/v1/events/"
				+ Api.read(get("/api/v1/events?size=1").getBody()).path("content").path(0).path("id").asString());
		Map<String, ResponseEntity<String>> before = new LinkedHashMap<>();
		for (String target : targets(named)) {
			before.put(target, get(target));
		}
		assertThat(named)
			.allSatisfy(target -> assertThat(before.get(target).getStatusCode().value()).as(target).isEqualTo(200));
		assertThat(get("/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);

		proxy.cut();
		// at once, while the pool still holds the connections that just died
		assertAnsweredWithoutTheDatabase(before);
		assertReadiness(503, "DOWN");
		assertThat(get("/actuator/health/liveness").getStatusCode().value()).as("liveness while the database is down")
			.isEqualTo(200);
		// and again, now that the pool has nothing left
		assertAnsweredWithoutTheDatabase(before);

		proxy.restore();
		assertReadiness(200, "UP");
		for (String target : named) {
			assertThat(get(target).getBody()).as(target).isEqualTo(before.get(target).getBody());
		}
	}

	private List<String> targets(List<String> named) {
		List<String> targets = new ArrayList<>(named);
		for (Operation operation : ApiDocument.getOperations(api)) {
			String target = operation.exampleTarget();
			if (!targets.contains(target)) {
				targets.add(target);
			}
		}
		return targets;
	}

	private void assertAnsweredWithoutTheDatabase(Map<String, ResponseEntity<String>> before) {
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, ResponseEntity<String>> expected : before.entrySet()) {
			String target = expected.getKey();
			long start = System.nanoTime();
			ResponseEntity<String> response = get(target);
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			boolean unavailable = response.getStatusCode().value() == 503;
			softly.assertThat(took)
				.as("time to answer %s", target)
				.isLessThan(unavailable ? PROBLEM_WITHIN : ANSWER_WITHIN);
			if (unavailable) {
				softly.assertThat(Problems.faults(Answer.of(response), 503)).as(target).isEmpty();
			}
			else {
				softly.assertThat(response.getStatusCode().value())
					.as(target)
					.isEqualTo(expected.getValue().getStatusCode().value());
				softly.assertThat(response.getBody()).as(target).isEqualTo(expected.getValue().getBody());
			}
		}
		softly.assertAll();
	}

	/**
	 * Polls readiness until it reports the status, each answer itself within the time a
	 * probe allows.
	 */
	private void assertReadiness(int status, String state) throws Exception {
		long deadline = System.nanoTime() + READINESS_WITHIN.toNanos();
		ResponseEntity<String> response;
		do {
			long start = System.nanoTime();
			response = get("/actuator/health/readiness");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer readiness")
				.isLessThan(Duration.ofSeconds(5));
			if (response.getStatusCode().value() == status) {
				break;
			}
			Thread.sleep(200);
		}
		while (System.nanoTime() < deadline);
		assertThat(response.getStatusCode().value()).as("readiness within %s", READINESS_WITHIN).isEqualTo(status);
		assertThat(response.getBody()).contains("\"" + state + "\"");
	}

	private ResponseEntity<String> get(String target) {
		return api.get(api.uri(target));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}

}
