package org.csto.kb.body;

import java.util.List;

import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.References;
import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class BodyRepositoryTests {

	@Autowired
	BodyRepository bodies;

	@Autowired
	References references;

	@Test
	void readsEveryBodyOfTheCsto() {
		List<Body> all = bodies.findAll().stream().map(body -> body.toBody(references)).toList();

		assertThat(all).allSatisfy(body -> {
			assertThat(body.organization().id()).isEqualTo("csto");
			assertThat(body.citations()).isNotEmpty();
		});
	}

	@Test
	void readsTheRapidReactionForceWithItsRussianNames() {
		Body force = bodies.findAll()
			.stream()
			.map(body -> body.toBody(references))
			.filter(body -> body.name().equals("Collective Rapid Reaction Force"))
			.findFirst()
			.orElseThrow();

		assertThat(force.abbreviation()).isEqualTo("KSOR");
		assertThat(force.kind()).isEqualTo(BodyKind.FORCE);
		assertThat(force.alternativeNames()).extracting(AlternativeName::name).contains("КСОР");
	}

}
