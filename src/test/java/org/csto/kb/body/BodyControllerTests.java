package org.csto.kb.body;

import java.util.List;

import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Fixtures.reference;

@KnowledgeBaseWebTest(BodyController.class)
class BodyControllerTests {

	static final Body FORCE = new Body("rapid-reaction-force", "Collective Rapid Reaction Force", "KSOR",
			List.of(new AlternativeName("КСОР", "ru", "ABBREVIATION")), BodyKind.FORCE, "A force.",
			reference(ResourceType.ORGANIZATION, "csto", "Collective Security Treaty Organization"), cited("KSOR"), 1);

	static final Body COUNCIL = new Body("foreign-ministers-council", "Foreign Ministers Council", null, List.of(),
			BodyKind.COUNCIL, null,
			reference(ResourceType.ORGANIZATION, "csto", "Collective Security Treaty Organization"),
			cited("Foreign Ministers Council"), 1);

	@Autowired
	MockMvcApi api;

	@Test
	void listsBodiesByNameUnlessAskedOtherwise() {
		assertThat(api.field("/api/v1/bodies", "id")).containsExactly("rapid-reaction-force",
				"foreign-ministers-council");
		assertThat(api.field("/api/v1/bodies?sort=name,desc", "id")).containsExactly("foreign-ministers-council",
				"rapid-reaction-force");
	}

	@Test
	void servesABodyWithItsNameInAnotherLanguage() {
		assertThat(api.get("/api/v1/bodies/rapid-reaction-force")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"abbreviation": "KSOR", "alternativeNames": [{"name": "КСОР", "language": "ru", "kind": "ABBREVIATION"}],
							 "organization": {"type": "organization", "id": "csto"}}""");
	}

	/**
	 * Out of name order, so that the lists above come sorted only if the catalog sorts
	 * them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Bodies bodies() {
			return new Bodies(List.of(COUNCIL, FORCE));
		}

	}

}
