package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csto.kb.testing.contract.CheckedAgainstOpenApi;
import org.csto.kb.testing.postgres.PostgresContextCustomizerFactory;
import org.csto.kb.testing.postgres.PostgresRunCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole application, the one that every end-to-end test shares: on a random port, for
 * tests over real HTTP (inject the {@link Api}), and through MockMvc (inject a
 * {@link MockMvcApi} or the {@code MockMvcTester}), whose answers are checked against the
 * OpenAPI document ({@link CheckedAgainstOpenApi}). It exports metrics as production
 * does, and counts the connections taken from the pool ({@link ConnectionCounter}). In
 * the PostgreSQL run its database is that run's server, and it is skipped, with the
 * reason, when there is none ({@link PostgresContextCustomizerFactory},
 * {@link PostgresRunCondition}). Any test that configures the application otherwise
 * starts another one, with Flyway, every catalog and the search index: keep to this one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureMetrics
@CheckedAgainstOpenApi
@Import({ ConnectionCounter.class, ApiClientConfiguration.class })
@ExtendWith(PostgresRunCondition.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface KnowledgeBaseApiTest {

}
