package org.csto.kb.person;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.ResourceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Fixtures.reference;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;
import static org.mockito.BDDMockito.given;

@WebMvcTest(PersonController.class)
class PersonControllerTests {

	static final Person PASHINYAN = new Person("nikol-pashinyan", "Nikol Pashinyan", List.of(),
			List.of(new Role("Prime Minister", reference(ResourceType.COUNTRY, "ARM", "Armenia"),
					cited("Armenian Prime Minister Nikol Pashinyan"))),
			null, cited("Nikol Pashinyan"));

	static final Person LAVROV = new Person("sergey-lavrov", "Sergey Lavrov", List.of(), List.of(), "No title given.",
			cited("Sergey Lavrov offered"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PersonService persons;

	@BeforeEach
	void catalog() {
		given(persons.catalog()).willReturn(new Catalog<>(List.of(LAVROV, PASHINYAN), Person::id,
				Sorting.of(Person.class).byText("name", Person::name)));
	}

	@Test
	void listsPersonsSortedByName() {
		assertThat(mvc.get().uri("/api/v1/persons").param("sort", "name,asc")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("nikol-pashinyan", "sergey-lavrov");
	}

	@Test
	void servesAPersonWithTheRoleAndWhatItIsARoleIn() {
		assertThat(mvc.get().uri("/api/v1/persons/nikol-pashinyan")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"roles": [{"title": "Prime Minister", "of": {"type": "country", "id": "ARM", "name": "Armenia"},
				            "citations": [{"quote": "Armenian Prime Minister Nikol Pashinyan"}]}]}""");
	}

	@Test
	void servesAPersonWithoutRolesAsAnEmptyList() {
		assertThat(mvc.get().uri("/api/v1/persons/sergey-lavrov")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.isEmpty();
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/persons/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/persons").param("sort", "id").exchange(), "sort");
	}

}
