package org.csto.kb.organization;

import java.util.List;

import org.csto.kb.shared.DatePrecision;
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

@KnowledgeBaseWebTest(OrganizationController.class)
class OrganizationControllerTests {

	static final Organization GUAM = new Organization("guam",
			"GUAM Organization for Democracy and Economic Development", "GUAM", List.of(), null, "1997",
			DatePrecision.YEAR,
			List.of(reference(ResourceType.COUNTRY, "GEO", "Georgia"),
					reference(ResourceType.COUNTRY, "UKR", "Ukraine")),
			List.of(reference(ResourceType.COUNTRY, "UZB", "Uzbekistan")), null, cited("established in 1997"), 1);

	static final Organization GAZPROM = new Organization("gazprom", "Gazprom", null, List.of(), null, null, null,
			List.of(), List.of(), null, cited("Gazprom"), 1);

	static final Organization NATO = new Organization("nato", "NATO", "NATO", List.of(), null, null, null, List.of(),
			List.of(), null, cited("NATO"), 1);

	@Autowired
	MockMvcApi api;

	/**
	 * The default order is the names' as written, capitals first; {@code sort=name}
	 * ignores letter case.
	 */
	@Test
	void listsOrganizationsByNameUnlessAskedOtherwise() {
		assertThat(api.field("/api/v1/organizations", "id")).containsExactly("guam", "gazprom", "nato");
		assertThat(api.field("/api/v1/organizations?sort=name", "id")).containsExactly("gazprom", "guam", "nato");
		assertThat(api.field("/api/v1/organizations?sort=name,desc", "id")).containsExactly("nato", "guam", "gazprom");
	}

	@Test
	void servesFoundersApartFromMembers() {
		assertThat(api.get("/api/v1/organizations/guam")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"founded": "1997", "foundedPrecision": "YEAR",
				 "founders": [{"type": "country", "id": "GEO"}, {"type": "country", "id": "UKR"}],
				 "members": [{"type": "country", "id": "UZB", "name": "Uzbekistan"}]}""");
	}

	/**
	 * Out of every order, so that each list above comes sorted only if the catalog sorts
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Organizations organizations() {
			return new Organizations(List.of(NATO, GAZPROM, GUAM));
		}

	}

}
