package org.csto.kb.person;

import java.util.List;

import org.csto.kb.shared.References;
import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class PersonRepositoryTests {

	@Autowired
	PersonRepository persons;

	@Autowired
	References references;

	@Test
	void readsEveryPersonWithTheirCitations() {
		assertThat(all()).allSatisfy(person -> assertThat(person.citations()).isNotEmpty());
	}

	@Test
	void readsPashinyanAsPrimeMinisterOfArmenia() {
		Person pashinyan = byId("nikol-pashinyan");

		assertThat(pashinyan.roles()).singleElement().satisfies(role -> {
			assertThat(role.title()).isEqualTo("Prime Minister");
			assertThat(role.of().name()).isEqualTo("Armenia");
			assertThat(role.citations()).isNotEmpty();
		});
	}

	@Test
	void readsLavrovWithoutARoleTheSourceDoesNotGive() {
		assertThat(byId("sergey-lavrov").roles()).isEmpty();
	}

	private List<Person> all() {
		return persons.findAll().stream().map(person -> person.toPerson(references)).toList();
	}

	private Person byId(String id) {
		return all().stream().filter(person -> person.id().equals(id)).findFirst().orElseThrow();
	}

}
