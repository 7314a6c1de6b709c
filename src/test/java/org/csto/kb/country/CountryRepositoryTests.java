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
	void readsEveryCountryInNameOrder() {
		List<Country> all = countries.findAllByOrderByName().stream().map(CountryEntity::toCountry).toList();

		assertThat(all).extracting(Country::name).isSortedAccordingTo(String::compareTo);
		assertThat(all).allSatisfy(country -> assertThat(country.citations()).isNotEmpty());
	}

	@Test
	void readsTheSixMemberStatesWithTheirStatus() {
		List<Country> members = countries.findAllByOrderByName()
			.stream()
			.map(CountryEntity::toCountry)
			.filter(country -> country.status() != null)
			.toList();

		assertThat(members).extracting(Country::code).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
		assertThat(members).filteredOn(country -> country.code().equals("ARM"))
			.singleElement()
			.extracting(Country::status)
			.isEqualTo(MembershipStatus.PARTICIPATION_FROZEN);
	}

	@Test
	void readsATerritoryWithoutAnIsoCodeUnderASlug() {
		assertThat(countries.findAllByOrderByName()).map(CountryEntity::toCountry)
			.filteredOn(country -> country.name().equals("Abkhazia"))
			.singleElement()
			.satisfies(abkhazia -> {
				assertThat(abkhazia.code()).isEqualTo("abkhazia");
				assertThat(abkhazia.alpha2()).isNull();
			});
	}

}
