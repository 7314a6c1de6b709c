package org.csto.kb.testing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Checks every response of every MockMvc test against the committed OpenAPI document. Listed in this test
 * tree's {@code AutoConfigureMockMvc.imports}, it joins every {@code @WebMvcTest} and
 * {@code @AutoConfigureMockMvc} test without a line in the test itself.
 */
@AutoConfiguration
public class OpenApiContractAutoConfiguration {

	@Bean
	MockMvcBuilderCustomizer openApiContract() {
		return builder -> builder.alwaysExpect(OpenApiContract.conforms());
	}

}
