package org.csto.kb.country;

import java.util.List;

import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;

@KnowledgeBaseWebTest(CountryController.class)
class CountryControllerTests {

	static final Country ARMENIA = new Country("ARM", "AM", "Armenia", MembershipStatus.PARTICIPATION_FROZEN, null,
			cited("Armenia"), 1);

	static final Country BELARUS = new Country("BLR", "BY", "Belarus", MembershipStatus.MEMBER, null, cited("Belarus"),
			1);

	static final Country UZBEKISTAN = new Country("UZB", "UZ", "Uzbekistan", null, null, cited("Uzbekistan"), 1);

	static final Country ABKHAZIA = new Country("abkhazia", null, "Abkhazia", null, null, cited("Abkhazia"), 1);

	@Autowired
	MockMvcApi api;

	@Test
	void listsOnlyMemberStatesInAPagedEnvelope() {
		assertThat(api.get("/api/v1/member-states")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"code": "ARM", "alpha2": "AM", "status": "PARTICIPATION_FROZEN"}, {"code": "BLR"}],
				 "page": {"size": 20, "number": 0, "totalElements": 2, "totalPages": 1}}""");
		assertThat(api.field("/api/v1/member-states", "code")).containsExactly("ARM", "BLR");
	}

	@Test
	void listsEveryCountryByNameUnlessAskedOtherwise() {
		assertThat(api.field("/api/v1/countries", "code")).containsExactly("abkhazia", "ARM", "BLR", "UZB");
		assertThat(api.field("/api/v1/countries?sort=name,desc", "code")).containsExactly("UZB", "BLR", "ARM",
				"abkhazia");
	}

	@Test
	void filtersByStatus() {
		assertThat(api.field("/api/v1/countries?status=member", "code")).containsExactly("BLR");
		assertThat(api.field("/api/v1/member-states?status=PARTICIPATION_FROZEN", "code")).containsExactly("ARM");
		assertInvalidParameter(api.get("/api/v1/countries?status=observer"), "status");
	}

	@Test
	void servesTheRequestedPage() {
		assertThat(api.get("/api/v1/countries?sort=code,desc&size=2&page=1")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"content": [{"code": "ARM"}, {"code": "abkhazia"}],
					 "page": {"size": 2, "number": 1, "totalElements": 4, "totalPages": 2}}""");
		assertThat(api.field("/api/v1/countries?sort=code,desc&size=2&page=1", "code")).containsExactly("ARM",
				"abkhazia");
	}

	@Test
	void answersAPageBeyondTheLastWithNoContent() {
		assertThat(api.field("/api/v1/countries?page=7", "code")).isEmpty();
	}

	@Test
	void findsACountryByEitherCodeInAnyCaseAndATerritoryBySlug() {
		assertThat(api.get("/api/v1/member-states/am")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"code": "ARM", "alpha2": "AM", "name": "Armenia", "status": "PARTICIPATION_FROZEN",
							 "citations": [{"source": "csto-wikipedia-extract", "passage": 1, "marker": null, "quote": "Armenia"}]}""");
		assertThat(api.ok("/api/v1/countries/aRm").get("code").asString()).isEqualTo("ARM");
		assertThat(api.ok("/api/v1/countries/abkhazia").get("code").asString()).isEqualTo("abkhazia");
	}

	@Test
	void doesNotServeANonMemberAsAMemberState() {
		assertProblem(api.get("/api/v1/member-states/UZB"), 404, "/problems/not-found");
		assertThat(api.ok("/api/v1/countries/UZB").get("status").isNull()).isTrue();
	}

	/**
	 * Out of every order, so that each list above comes sorted only if the catalog sorts
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Countries countries() {
			return new Countries(List.of(UZBEKISTAN, ARMENIA, ABKHAZIA, BELARUS));
		}

	}

}
