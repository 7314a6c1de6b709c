package org.csto.kb.api;

import java.io.IOException;
import java.nio.file.Files;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.contract.OpenApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/openapi.json} is the document the API serves, so that every API change
 * shows in review and the clients are generated from what the server says.
 * {@code -Dopenapi.write=true} rewrites it.
 */
@KnowledgeBaseApiTest
class OpenApiDocumentTests {

	/**
	 * Keys sorted here, not by springdoc, whose ordering depends on JVM-wide state other
	 * test contexts share.
	 */
	private static final JsonMapper PRETTY = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void committedDocumentIsTheServedOne() throws IOException {
		String served = PRETTY.writeValueAsString(
				PRETTY.readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString())) + "\n";
		if (Boolean.getBoolean("openapi.write")) {
			Files.createDirectories(OpenApiContract.DOCUMENT.getParent());
			Files.writeString(OpenApiContract.DOCUMENT, served);
		}
		assertThat(OpenApiContract.DOCUMENT).as("""
				%s is not the document the API serves. If the API change is intended, regenerate it with
				  ./mvnw test -Dtest=OpenApiDocumentTests -Dopenapi.write=true
				and commit it with the change""", OpenApiContract.DOCUMENT).exists().hasContent(served);
	}

}
