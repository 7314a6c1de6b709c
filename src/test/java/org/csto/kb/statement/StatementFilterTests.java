package org.csto.kb.statement;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseApiTest
class StatementFilterTests {

	@Autowired
	MockMvcApi api;

	@Test
	void answersWhatPashinyanSaidInOneRequest() {
		JsonNode page = api.ok("/api/v1/statements?speaker=nikol-pashinyan&size=100");
		assertThat(page.get("content")).hasSizeGreaterThan(3)
			.allSatisfy(statement -> assertThat(statement.get("speaker").get("id").asString())
				.isEqualTo("nikol-pashinyan"));
	}

	@Test
	void filtersByKind() {
		assertThat(api.field("/api/v1/statements?kind=quote&size=100", "kind")).isNotEmpty().containsOnly("QUOTE");
		assertThat(api.field("/api/v1/statements?kind=PARAPHRASE&size=100", "kind")).isNotEmpty()
			.containsOnly("PARAPHRASE");
	}

	@Test
	void anUnknownKindIsAProblemListingTheKinds() {
		JsonNode problem = api.problem("/api/v1/statements?kind=rumour", 400);
		assertThat(problem.get("parameter").asString()).isEqualTo("kind");
		assertThat(problem.get("detail").asString()).contains("QUOTE", "PARAPHRASE");
	}

	@Test
	void combinesSpeakerAndDateFilters() {
		JsonNode page = api.ok("/api/v1/statements?speaker=nikol-pashinyan&from=2023-09-01&to=2023-09-30");
		assertThat(page.get("content")).isNotEmpty().allSatisfy(statement -> {
			assertThat(statement.get("date").asString()).startsWith("2023-09");
			assertThat(statement.get("speaker").get("id").asString()).isEqualTo("nikol-pashinyan");
		});
	}

}
