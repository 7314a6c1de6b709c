package org.csto.kb.country;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseApiTest
class CountryStatusFilterTests {

	@Autowired
	MockMvcApi api;

	@Test
	void filtersMemberStatesByStatus() {
		assertThat(api.field("/api/v1/member-states?status=participation_frozen", "code")).containsExactly("ARM");
		assertThat(api.field("/api/v1/member-states?status=MEMBER", "status")).isNotEmpty().containsOnly("MEMBER");
	}

	@Test
	void filtersCountriesByStatus() {
		assertThat(api.field("/api/v1/countries?status=MEMBER&size=100", "code"))
			.containsExactlyInAnyOrderElementsOf(api.field("/api/v1/member-states?status=MEMBER", "code"));
	}

	@Test
	void anUnknownStatusIsAProblemListingTheStatuses() {
		assertThat(api.problem("/api/v1/countries?status=observer", 400).get("detail").asString()).contains("MEMBER",
				"PARTICIPATION_FROZEN");
	}

}
