package org.csto.kb.testing;

import org.csto.kb.testing.contract.OpenApiContract;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every MockMvc test gets without a line in the test itself, listed in this test
 * tree's {@code AutoConfigureMockMvc.imports} so that it joins every {@code @WebMvcTest}
 * and {@code @AutoConfigureMockMvc} test: every response is checked against the committed
 * OpenAPI document, and a {@link MockMvcApi} can be injected.
 */
@AutoConfiguration
public class MockMvcTestAutoConfiguration {

	@Bean
	MockMvcBuilderCustomizer openApiContract() {
		return builder -> builder.alwaysExpect(OpenApiContract.conforms());
	}

	@Bean
	MockMvcApi mockMvcApi(MockMvcTester mvc) {
		return new MockMvcApi(mvc);
	}

}
