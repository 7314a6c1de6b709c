package org.csto.kb.organization;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.DatePrecision;
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

@WebMvcTest(OrganizationController.class)
class OrganizationControllerTests {

	static final Organization GUAM = new Organization("guam", "GUAM Organization for Democracy and Economic Development",
			"GUAM", List.of(), null, "1997", DatePrecision.YEAR,
			List.of(reference(ResourceType.COUNTRY, "GEO", "Georgia"), reference(ResourceType.COUNTRY, "UKR", "Ukraine")),
			List.of(reference(ResourceType.COUNTRY, "UZB", "Uzbekistan")), null, cited("established in 1997"));

	static final Organization NATO = new Organization("nato", "NATO", "NATO", List.of(), null, null, null, List.of(),
			List.of(), null, cited("NATO"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	OrganizationService organizations;

	@BeforeEach
	void catalog() {
		given(organizations.catalog()).willReturn(new Catalog<>(List.of(NATO, GUAM), Organization::id,
				Sorting.of(Organization.class).byText("name", Organization::name)));
	}

	@Test
	void listsOrganizationsSortedByNameDescending() {
		assertThat(mvc.get().uri("/api/v1/organizations").param("sort", "name,desc")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("nato", "guam");
	}

	@Test
	void servesFoundersApartFromMembers() {
		assertThat(mvc.get().uri("/api/v1/organizations/guam")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"founded": "1997", "foundedPrecision": "YEAR",
				 "founders": [{"type": "country", "id": "GEO"}, {"type": "country", "id": "UKR"}],
				 "members": [{"type": "country", "id": "UZB", "name": "Uzbekistan"}]}""");
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/organizations/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/organizations").param("sort", "founded").exchange(), "sort");
	}

}
