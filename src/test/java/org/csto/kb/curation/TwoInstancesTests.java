package org.csto.kb.curation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.OwnDatabaseCustomizerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: what one publishes, the other
 * serves within 2 seconds, in its items, filters, search, timeline and CSV, under a new
 * data version and so new ETags; and an instance started after a publication serves it
 * from the start. On the run's database: an H2 one in memory, shared in this JVM, or a
 * schema of the PostgreSQL run's server, where a notification carries each publication.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	private static final Duration WITHIN = Duration.ofSeconds(2);

	private final List<Instance> instances = new ArrayList<>();

	private Map<String, Object> database;

	@BeforeAll
	void database() {
		database = OwnDatabaseCustomizerFactory.properties("twoinstances");
		Assumptions.assumeTrue(database != null, "the PostgreSQL run has no server");
	}

	@AfterAll
	void stop() {
		instances.forEach(Instance::close);
	}

	@Test
	void whatOneInstancePublishesTheOtherServesWithinTwoSeconds() throws Exception {
		Instance one = start();
		Instance other = start();
		String versionBefore = other.dataVersion();
		String etagBefore = other.api.get("/api/v1/events?participant=ARM").getHeaders().getETag();

		one.publish("one", "Yerevan");
		String version = one.dataVersion();
		assertThat(version).isNotEqualTo(versionBefore);
		// The data version moves last, once the item, its lists and its search entry
		// have.
		awaitVersion(other, version);

		assertThat(other.api.get("/api/v1/events/one-meeting").getStatusCode().value()).isEqualTo(200);
		HttpHeaders revalidate = new HttpHeaders();
		revalidate.setIfNoneMatch(etagBefore);
		assertThat(other.api.get("/api/v1/events?participant=ARM", revalidate).getStatusCode().value())
			.as("the old ETag no longer matches")
			.isEqualTo(200);
		assertThat(other.api.json("/api/v1/events?from=2025-03&to=2025-03").get("content").findValuesAsString("id"))
			.contains("one-meeting");
		assertThat(
				other.api.json("/api/v1/search?q=Yerevan+council&type=event").get("content").findValuesAsString("id"))
			.contains("one-meeting");
		assertThat(other.api.json("/api/v1/timeline?from=2025").get("content").findValuesAsString("id"))
			.contains("one-meeting");
		assertThat(other.api.get("/api/v1/events?from=2025&format=csv").getBody()).contains("one-meeting");
		assertThat(
				other.api.json("/api/v1/events/one-meeting/revisions").get("content").get(0).get("reviewer").asString())
			.isEqualTo(Accounts.REVIEWER);

		// An instance started afterwards, as one that was down, serves it at once.
		Instance late = start();
		assertThat(late.api.get("/api/v1/events/one-meeting").getStatusCode().value()).isEqualTo(200);
		assertThat(late.dataVersion()).isEqualTo(version);

		// And the other way round: what the late one publishes reaches the first.
		late.publish("late", "Bishkek");
		awaitVersion(one, late.dataVersion());
		assertThat(one.api.get("/api/v1/events/late-meeting").getStatusCode().value()).isEqualTo(200);
	}

	private static void awaitVersion(Instance instance, String version) throws Exception {
		long started = System.nanoTime();
		while (!instance.dataVersion().equals(version)) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("time for the other instance to serve it")
				.isLessThan(WITHIN);
			Thread.sleep(20);
		}
	}

	/** One more instance on the shared database. */
	private Instance start() {
		Instance instance = new Instance(database);
		instances.add(instance);
		return instance;
	}

}
