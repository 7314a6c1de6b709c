package org.csto.kb.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description of a path or query parameter sits on the handler method
 * ({@code @Parameter(name = …, in = …)}), not on the Java parameter. Spring converts
 * every such parameter through its conversion service, whose cache compares the
 * parameters' annotations: two {@code @Parameter}s on {@code String} parameters compare
 * member by member through reflection, nested schemas included, on every request. That
 * comparison took 29 % of the CPU samples of an item request early in a run, and 7 % once
 * compiled (docs/PERFORMANCE.md, fourth round). A shared description in an annotation of
 * its own ({@code CountryController.StatusParameter}) may stay on the parameter:
 * annotations of different types, or without members, compare at no cost.
 */
@KnowledgeBaseApiTest
class HandlerParameterTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	@Test
	void handlerParametersCarryNoOpenApiParameterAnnotation() {
		List<String> annotated = handlers.getHandlerMethods()
			.values()
			.stream()
			.flatMap(handler -> List.of(handler.getMethodParameters()).stream())
			.filter(parameter -> parameter.hasParameterAnnotation(Parameter.class))
			.map(HandlerParameterTests::describe)
			.toList();
		assertThat(handlers.getHandlerMethods()).hasSizeGreaterThan(20);
		assertThat(annotated).as("Java parameters of handler methods with @Parameter on them").isEmpty();
	}

	private static String describe(MethodParameter parameter) {
		return parameter.getDeclaringClass().getSimpleName() + "." + parameter.getMethod().getName() + " parameter "
				+ parameter.getParameterIndex();
	}

}
