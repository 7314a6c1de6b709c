package org.csto.kb.organization;

import java.util.List;

import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class OrganizationRepositoryTests {

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	References references;

	@Test
	void readsEveryOrganizationWithItsCitations() {
		assertThat(all()).allSatisfy(organization -> assertThat(organization.citations()).isNotEmpty());
	}

	@Test
	void readsTheCstoFoundedIn2002WithItsSixMembers() {
		Organization csto = byId("csto");

		assertThat(csto.founded()).isEqualTo("2002");
		assertThat(csto.foundedPrecision()).isEqualTo(DatePrecision.YEAR);
		assertThat(csto.members()).extracting(Reference::id).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
	}

	@Test
	void readsGuamsFoundersApartFromItsLaterMember() {
		Organization guam = byId("guam");

		assertThat(guam.founders()).extracting(Reference::name)
			.containsExactly("Georgia", "Ukraine", "Azerbaijan", "Moldova");
		assertThat(guam.members()).extracting(Reference::name).containsExactly("Uzbekistan");
	}

	private List<Organization> all() {
		return organizations.findAll().stream().map(entity -> entity.toOrganization(references)).toList();
	}

	private Organization byId(String id) {
		return all().stream().filter(organization -> organization.id().equals(id)).findFirst().orElseThrow();
	}

}
