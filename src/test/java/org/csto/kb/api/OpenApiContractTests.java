package org.csto.kb.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract check can fail, and fails every test that carries
 * {@code @CheckedAgainstOpenApi}, as each {@code @KnowledgeBaseWebTest} and
 * {@code @KnowledgeBaseApiTest} does, with no code in the test: a controller that answers
 * {@code /api/v1/events/{id}} in ways the document does not declare makes the request
 * itself throw.
 */
@KnowledgeBaseWebTest(OpenApiContractTests.DeviantEvents.class)
@Import(OpenApiContractTests.DeviantEvents.class)
class OpenApiContractTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anEventAsDeclaredPasses() {
		assertThat(mvc.get().uri("/api/v1/events/as-declared")).hasStatusOk();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "with-an-undeclared-field, secret", "without-citations, citations", "with-a-number-for-a-date, date",
			"with-a-null-title, title", "with-an-unknown-kind, kind", "as-html, text/html", "as-a-teapot, 418" })
	void anEventOtherwiseFailsTheTestThatAskedForIt(String deviation, String named) {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> mvc.get().uri("/api/v1/events/" + deviation).exchange())
			.withMessageContaining("does not declare")
			.withMessageContaining(named);
	}

	@RestController
	static class DeviantEvents {

		@GetMapping("/api/v1/events/{id}")
		ResponseEntity<?> event(@PathVariable String id) {
			Map<String, Object> event = new LinkedHashMap<>();
			event.put("id", "csto-founding");
			event.put("title", "CSTO founded");
			event.put("kind", "FOUNDING");
			event.put("summary", "The CSTO was founded in 2002.");
			event.put("date", "2002");
			event.put("datePrecision", "YEAR");
			event.put("participants", List.of(Map.of("type", "organization", "id", "csto", "name", "CSTO")));
			event.put("places", List
				.of(Map.of("name", "Moscow", "country", Map.of("type", "country", "id", "RUS", "name", "Russia"))));
			event.put("concerns", List.of());
			event.put("during", null);
			event.put("statements", List.of());
			event.put("note", null);
			event.put("involvement", null);
			event.put("revision", 1);
			event.put("citations", List.of(Map.of("source", "csto-wikipedia-extract", "passage", 8, "marker", "[14]",
					"quote", "The CSTO was founded in 2002")));
			switch (id) {
				case "with-an-undeclared-field" -> event.put("secret", "internal");
				case "without-citations" -> event.remove("citations");
				case "with-a-number-for-a-date" -> event.put("date", 2002);
				case "with-a-null-title" -> event.put("title", null);
				case "with-an-unknown-kind" -> event.put("kind", "PICNIC");
				case "as-html" -> {
					return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<p>CSTO founded</p>");
				}
				case "as-a-teapot" -> {
					return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(event);
				}
				default -> {
				}
			}
			return ResponseEntity.ok(event);
		}

	}

}
