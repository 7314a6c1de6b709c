package org.csto.kb.testing.postgres;

import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server of the PostgreSQL test run, found once per JVM: the one
 * {@code KB_TEST_POSTGRES_URL} names (CI), else a Testcontainers one when a Docker engine
 * answers, else none, with the reason. The database is cleaned once before the first
 * test, so that a schema left by an earlier run cannot fail Flyway's validation; the
 * application itself never enables clean.
 */
public final class PostgresTestDatabase {

	/** The system property the PostgreSQL execution of maven-surefire-plugin sets. */
	public static final String RUN_PROPERTY = "kb.test.database";

	private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);

	private static Availability availability;

	private PostgresTestDatabase() {
	}

	/** Whether this JVM runs the suite against PostgreSQL rather than the default H2. */
	public static boolean requested() {
		return "postgres".equalsIgnoreCase(System.getProperty(RUN_PROPERTY));
	}

	/** The server to use, starting and cleaning it on first call. */
	public static synchronized Availability availability() {
		if (availability == null) {
			availability = resolve();
			availability.server().ifPresentOrElse(PostgresTestDatabase::clean, () -> log.warn(availability.reason()));
		}
		return availability;
	}

	private static Availability resolve() {
		String url = System.getenv("KB_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return Availability.of(new Server(url, env("KB_TEST_POSTGRES_USER", "postgres"),
					env("KB_TEST_POSTGRES_PASSWORD", ""), "KB_TEST_POSTGRES_URL"));
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return Availability.of(new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers (" + container.getDockerImageName() + ")"));
		}
		return Availability.none("""
				The PostgreSQL test run is skipped: KB_TEST_POSTGRES_URL is not set and no Docker engine is \
				available for Testcontainers. To run it, point KB_TEST_POSTGRES_URL at a database it may wipe \
				(e.g. jdbc:postgresql://127.0.0.1:5432/kb_test, with KB_TEST_POSTGRES_USER, default postgres, and \
				KB_TEST_POSTGRES_PASSWORD, default empty), or start Docker.""");
	}

	private static void clean(Server server) {
		log.info("PostgreSQL test run against {} ({}); cleaning it first", server.url(), server.origin());
		Flyway.configure()
			.dataSource(server.url(), server.username(), server.password())
			.cleanDisabled(false)
			.load()
			.clean();
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	/** Where the server comes from is kept for the log. */
	public record Server(String url, String username, String password, String origin) {
	}

	/** A server, or the reason there is none. */
	public record Availability(Optional<Server> server, String reason) {

		static Availability of(Server server) {
			return new Availability(Optional.of(server), null);
		}

		static Availability none(String reason) {
			return new Availability(Optional.empty(), reason);
		}

	}

}
