package org.csto.kb.country;

import java.util.List;
import java.util.Optional;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

@WebMvcTest(CountryController.class)
class CountryControllerTests {

	static final Country ARMENIA = new Country("ARM", "AM", "Armenia", MembershipStatus.PARTICIPATION_FROZEN, null,
			cited("Armenia"));

	static final Country BELARUS = new Country("BLR", "BY", "Belarus", MembershipStatus.MEMBER, null, cited("Belarus"));

	static final Country UZBEKISTAN = new Country("UZB", "UZ", "Uzbekistan", null, null, cited("Uzbekistan"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CountryService countries;

	@BeforeEach
	void catalog() {
		given(countries.catalog()).willReturn(new Catalog<>(List.of(ARMENIA, UZBEKISTAN, BELARUS), Country::code,
				Sorting.of(Country.class).byText("name", Country::name).byText("code", Country::code)));
		given(countries.find(anyString())).willReturn(Optional.empty());
	}

	@Test
	void listsOnlyMemberStatesInAPagedEnvelope() {
		assertThat(mvc.get().uri("/api/v1/member-states")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"code": "ARM", "alpha2": "AM", "status": "PARTICIPATION_FROZEN"}, {"code": "BLR"}],
					 "page": {"size": 20, "number": 0, "totalElements": 2, "totalPages": 1}}""");
	}

	@Test
	void listsEveryCountrySortedByNameDescending() {
		assertThat(mvc.get().uri("/api/v1/countries").param("sort", "name,desc")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].code")
			.asArray()
			.containsExactly("UZB", "BLR", "ARM");
	}

	@Test
	void servesTheRequestedPage() {
		assertThat(mvc.get().uri("/api/v1/countries").param("sort", "code").param("size", "2").param("page", "1"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"code": "UZB"}], "page": {"size": 2, "number": 1, "totalElements": 3, "totalPages": 2}}""");
	}

	@Test
	void answersAPageBeyondTheLastWithNoContent() {
		assertThat(mvc.get().uri("/api/v1/countries").param("page", "7")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content")
			.asArray()
			.isEmpty();
	}

	@Test
	void findsArmeniaByAlpha2Code() {
		given(countries.find("am")).willReturn(Optional.of(ARMENIA));

		assertThat(mvc.get().uri("/api/v1/member-states/am")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"code": "ARM", "alpha2": "AM", "name": "Armenia", "status": "PARTICIPATION_FROZEN",
					 "citations": [{"source": "csto-wikipedia-extract", "passage": 1, "marker": null, "quote": "Armenia"}]}""");
	}

	@Test
	void doesNotServeANonMemberAsAMemberState() {
		given(countries.find("UZB")).willReturn(Optional.of(UZBEKISTAN));

		assertProblem(mvc.get().uri("/api/v1/member-states/UZB").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
		assertThat(mvc.get().uri("/api/v1/countries/UZB")).hasStatusOk().bodyJson().extractingPath("$.status").isNull();
	}

	@Test
	void answersAnUnknownCodeWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/countries/XYZ").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersBadPagingWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("page", "-1").exchange(), "page");
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("page", "first").exchange(), "page");
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("size", "0").exchange(), "size");
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("size", "101").exchange(), "size");
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("sort", "population").exchange(), "sort");
		assertInvalidParameter(mvc.get().uri("/api/v1/member-states").param("sort", "name,sideways").exchange(), "sort");
	}

}
