package org.csto.kb.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csto.kb.security.SecurityConfiguration;
import org.csto.kb.testing.contract.CheckedAgainstOpenApi;
import org.csto.kb.testing.postgres.PostgresContextCustomizerFactory;
import org.csto.kb.testing.postgres.PostgresRunCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A web slice: the named controllers through MockMvc, with the web plumbing and none of
 * the rest, their collaborators given by the test. Every answer is checked against the
 * OpenAPI document ({@link CheckedAgainstOpenApi}), and a {@link MockMvcApi} can be
 * injected. The application's own security comes with them
 * ({@link SecurityConfiguration}), so that reads pass no security filter here either, as
 * in the application. In the PostgreSQL run it is skipped, with the reason, when there is
 * no server ({@link PostgresRunCondition}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@CheckedAgainstOpenApi
@Import(SecurityConfiguration.class)
@ExtendWith(PostgresRunCondition.class)
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
public @interface KnowledgeBaseWebTest {

	/** The controllers to test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
