package org.csto.kb.country;

import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class CountryStatusFilterTests {

	@Autowired
	MockMvcTester mvc;

	MockMvcApi api;

	@BeforeEach
	void setUp() {
		api = new MockMvcApi(mvc);
	}

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
		assertThat(api.problem("/api/v1/countries?status=observer", 400).get("detail").asString())
			.contains("MEMBER", "PARTICIPATION_FROZEN");
	}

}
