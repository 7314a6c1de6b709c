package org.csto.kb.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.testing.postgres.PostgresTestDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points a test's application at its {@link OwnDatabase}: on H2, an in-memory database of
 * that name in the PostgreSQL mode the application's own uses; in the PostgreSQL run, a
 * schema of that name on the run's server, created by Flyway after this drops what an
 * earlier run left.
 */
public class OwnDatabaseCustomizerFactory implements ContextCustomizerFactory {

	/** The schemas dropped in this JVM, each once. */
	private static final Set<String> DROPPED = new HashSet<>();

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		OwnDatabase own = AnnotatedElementUtils.findMergedAnnotation(testClass, OwnDatabase.class);
		return own == null ? null : new Customizer(own.value());
	}

	/**
	 * The properties that point an application at the database of this name: for a test
	 * that starts applications of its own, several on one database, say. Null in a
	 * PostgreSQL run without a server, whose tests skip.
	 */
	public static Map<String, Object> properties(String name) {
		if (PostgresTestDatabase.requested()) {
			PostgresTestDatabase.Server server = PostgresTestDatabase.availability().server().orElse(null);
			if (server == null) {
				return null;
			}
			Customizer.drop(server, name);
			return Map.of("spring.datasource.url",
					server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name,
					"spring.datasource.username", server.username(), "spring.datasource.password", server.password(),
					"spring.flyway.default-schema", name, "spring.flyway.schemas", name);
		}
		return Map.of("spring.datasource.url", "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
	}

	/** One value per database, so that the tests sharing one share its context. */
	private record Customizer(String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = properties(name);
			if (properties != null) {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("ownDatabase", properties));
			}
		}

		private static void drop(PostgresTestDatabase.Server server, String schema) {
			synchronized (DROPPED) {
				if (!DROPPED.add(schema)) {
					return;
				}
				try (Connection connection = DriverManager.getConnection(server.url(), server.username(),
						server.password()); Statement statement = connection.createStatement()) {
					statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
				}
				catch (SQLException ex) {
					throw new IllegalStateException("Could not drop the test schema " + schema, ex);
				}
			}
		}

	}

}
