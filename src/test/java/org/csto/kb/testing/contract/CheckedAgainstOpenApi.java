package org.csto.kb.testing.contract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.csto.kb.testing.MockMvcApi;
import org.springframework.context.annotation.Import;

/**
 * Every MockMvc answer of the annotated test is checked against the committed OpenAPI
 * document ({@link OpenApiContract}): an answer the document does not declare fails the
 * request that got it. The test can also inject a {@link MockMvcApi}. Part of
 * {@code @KnowledgeBaseApiTest} and {@code @KnowledgeBaseWebTest}; only tests that set up
 * MockMvc themselves (standalone, without Boot) go unchecked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(OpenApiContractConfiguration.class)
public @interface CheckedAgainstOpenApi {

}
