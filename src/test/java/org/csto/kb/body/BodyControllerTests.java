package org.csto.kb.body;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.AlternativeName;
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

@WebMvcTest(BodyController.class)
class BodyControllerTests {

	static final Body FORCE = new Body("rapid-reaction-force", "Collective Rapid Reaction Force", "KSOR",
			List.of(new AlternativeName("КСОР", "ru", "ABBREVIATION")), BodyKind.FORCE, "A force.",
			reference(ResourceType.ORGANIZATION, "csto", "Collective Security Treaty Organization"), cited("KSOR"));

	static final Body COUNCIL = new Body("foreign-ministers-council", "Foreign Ministers Council", null, List.of(),
			BodyKind.COUNCIL, null, reference(ResourceType.ORGANIZATION, "csto", "Collective Security Treaty Organization"),
			cited("Foreign Ministers Council"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	BodyService bodies;

	@BeforeEach
	void catalog() {
		given(bodies.catalog()).willReturn(
				new Catalog<>(List.of(FORCE, COUNCIL), Body::id, Sorting.of(Body.class).byText("name", Body::name)));
	}

	@Test
	void listsBodiesSortedByName() {
		assertThat(mvc.get().uri("/api/v1/bodies").param("sort", "name")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"id": "rapid-reaction-force"}, {"id": "foreign-ministers-council"}],
					 "page": {"totalElements": 2}}""");
	}

	@Test
	void servesABodyWithItsNameInAnotherLanguage() {
		assertThat(mvc.get().uri("/api/v1/bodies/rapid-reaction-force")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"abbreviation": "KSOR", "alternativeNames": [{"name": "КСОР", "language": "ru", "kind": "ABBREVIATION"}],
				 "organization": {"type": "organization", "id": "csto"}}""");
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/bodies/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/bodies").param("sort", "kind").exchange(), "sort");
	}

}
