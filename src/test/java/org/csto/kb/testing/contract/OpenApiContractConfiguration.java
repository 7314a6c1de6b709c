package org.csto.kb.testing.contract;

import org.csto.kb.testing.MockMvcApi;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What {@link CheckedAgainstOpenApi} adds to a test's context: the customizer that makes
 * MockMvc expect every answer to conform, and the {@link MockMvcApi} over that MockMvc.
 */
@TestConfiguration(proxyBeanMethods = false)
class OpenApiContractConfiguration {

	@Bean
	MockMvcBuilderCustomizer openApiContract() {
		return builder -> builder.alwaysExpect(OpenApiContract.conforms());
	}

	@Bean
	MockMvcApi mockMvcApi(MockMvcTester mvc) {
		return new MockMvcApi(mvc);
	}

}
