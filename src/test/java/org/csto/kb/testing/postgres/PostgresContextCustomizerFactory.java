package org.csto.kb.testing.postgres;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the test context of the PostgreSQL run at {@link PostgresTestDatabase}'s server,
 * ahead of the {@code postgres} profile's own settings, so that no test class needs to
 * know which database it runs on. Named by {@code @ContextCustomizerFactories} on the
 * test annotations ({@code @KnowledgeBaseApiTest}, {@code @KnowledgeBaseDataTest},
 * {@code @KnowledgeBaseWebTest}); a test that configures its own database leaves it out.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return PostgresTestDatabase.requested() ? new PostgresDataSource() : null;
	}

	/** One value for every context, so that it does not defeat the context cache. */
	private record PostgresDataSource() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			PostgresTestDatabase.availability()
				.server()
				.ifPresent(server -> context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("postgresTestDatabase",
							Map.of("spring.datasource.url", server.url(), "spring.datasource.username",
									server.username(), "spring.datasource.password", server.password()))));
		}

	}

}
