package org.csto.kb.statement;

import java.util.List;

import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class StatementRepositoryTests {

	@Autowired
	StatementRepository statements;

	@Autowired
	References references;

	@Test
	void readsEveryStatementWithItsCitations() {
		assertThat(all()).allSatisfy(statement -> assertThat(statement.citations()).isNotEmpty());
	}

	@Test
	void readsTheUzbekForeignMinistryAsAnInstitutionThatSpeaks() {
		assertThat(all()).filteredOn(statement -> statement.text().contains("militarization"))
			.singleElement()
			.satisfies(statement -> {
				assertThat(statement.kind()).isEqualTo(StatementKind.QUOTE);
				assertThat(statement.speaker().type()).isEqualTo(ResourceType.ORGANIZATION);
				assertThat(statement.speaker().name()).isEqualTo("Ministry of Foreign Affairs of Uzbekistan");
			});
	}

	private List<Statement> all() {
		return statements.findAll().stream().map(statement -> statement.toStatement(references)).toList();
	}

}
