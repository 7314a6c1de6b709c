package org.csto.kb.person;

import java.util.List;

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

@KnowledgeBaseWebTest(PersonController.class)
class PersonControllerTests {

	static final Person PASHINYAN = new Person("nikol-pashinyan", "Nikol Pashinyan", List.of(),
			List.of(new Role("Prime Minister", reference(ResourceType.COUNTRY, "ARM", "Armenia"),
					cited("Armenian Prime Minister Nikol Pashinyan"))),
			null, cited("Nikol Pashinyan"), 1);

	static final Person LAVROV = new Person("sergey-lavrov", "Sergey Lavrov", List.of(), List.of(), "No title given.",
			cited("Sergey Lavrov offered"), 1);

	@Autowired
	MockMvcApi api;

	@Test
	void listsPersonsByNameUnlessAskedOtherwise() {
		assertThat(api.field("/api/v1/persons", "id")).containsExactly("nikol-pashinyan", "sergey-lavrov");
		assertThat(api.field("/api/v1/persons?sort=name,desc", "id")).containsExactly("sergey-lavrov",
				"nikol-pashinyan");
	}

	@Test
	void servesAPersonWithTheRoleAndWhatItIsARoleIn() {
		assertThat(api.get("/api/v1/persons/nikol-pashinyan")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"roles": [{"title": "Prime Minister", "of": {"type": "country", "id": "ARM", "name": "Armenia"},
				            "citations": [{"quote": "Armenian Prime Minister Nikol Pashinyan"}]}]}""");
	}

	@Test
	void servesAPersonWithoutRolesAsAnEmptyList() {
		assertThat(api.ok("/api/v1/persons/sergey-lavrov").get("roles")).isEmpty();
	}

	/**
	 * Out of name order, so that the lists above come sorted only if the catalog sorts
	 * them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Persons persons() {
			return new Persons(List.of(LAVROV, PASHINYAN));
		}

	}

}
