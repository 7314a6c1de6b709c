package org.csto.kb.country;

import java.util.List;

import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class CountryRepositoryTests {

	@Autowired
	CountryRepository countries;

	@Test
	void readsEveryCountryWithItsCitations() {
		List<Country> all = countries.findAll().stream().map(CountryEntity::toCountry).toList();

		assertThat(all).allSatisfy(country -> assertThat(country.citations()).isNotEmpty());
	}

	@Test
	void readsTheSixMemberStatesWithTheirStatus() {
		List<Country> members = countries.findAll()
			.stream()
			.map(CountryEntity::toCountry)
			.filter(country -> country.status() != null)
			.toList();

		assertThat(members).extracting(Country::code)
			.containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(members).filteredOn(country -> country.code().equals("ARM"))
			.singleElement()
			.extracting(Country::status)
			.isEqualTo(MembershipStatus.PARTICIPATION_FROZEN);
	}

	@Test
	void readsATerritoryWithoutAnIsoCodeUnderASlug() {
		assertThat(countries.findAll()).map(CountryEntity::toCountry)
			.filteredOn(country -> country.name().equals("Abkhazia"))
			.singleElement()
			.satisfies(abkhazia -> {
				assertThat(abkhazia.code()).isEqualTo("abkhazia");
				assertThat(abkhazia.alpha2()).isNull();
			});
	}

}
