package org.csto.kb.statement;

import java.util.List;

import org.csto.kb.catalog.Parties;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.KnowledgeBaseWebTest;
import org.csto.kb.testing.MockMvcApi;
import org.csto.kb.testing.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Fixtures.reference;

@KnowledgeBaseWebTest(StatementController.class)
class StatementControllerTests {

	static final Statement MINISTRY = new Statement("ministry-warns", "may give impetus", StatementKind.QUOTE,
			reference(ResourceType.ORGANIZATION, "ministry", "Ministry of Foreign Affairs of Uzbekistan"), List.of(),
			"2009-08-03", DatePrecision.DAY, null, null, cited("may give impetus"), 1, null);

	static final Statement PESKOV = new Statement("peskov-ally", "Peskov stated that Armenia remains a close ally.",
			StatementKind.PARAPHRASE, reference(ResourceType.PERSON, "dmitry-peskov", "Dmitry Peskov"),
			List.of(reference(ResourceType.COUNTRY, "ARM", "Armenia")), null, null,
			reference(ResourceType.EVENT, "drills", "Pashinyan refuses drills"), null, cited("stated that Armenia"), 1,
			null);

	static final Statement PASHINYAN = new Statement("pashinyan-frozen", "We have frozen our participation",
			StatementKind.QUOTE, reference(ResourceType.PERSON, "nikol-pashinyan", "Nikol Pashinyan"), List.of(),
			"2024-02", DatePrecision.MONTH, null, null, cited("We have frozen our participation"), 1, null);

	@Autowired
	MockMvcApi api;

	@Test
	void listsStatementsOldestFirstWithTheUndatedLastEitherWay() {
		assertThat(api.field("/api/v1/statements", "id")).containsExactly("ministry-warns", "pashinyan-frozen",
				"peskov-ally");
		assertThat(api.field("/api/v1/statements?sort=date,desc", "id")).containsExactly("pashinyan-frozen",
				"ministry-warns", "peskov-ally");
	}

	@Test
	void filtersStatementsBySpeakerKindAndDate() {
		assertThat(api.field("/api/v1/statements?speaker=NIKOL-PASHINYAN", "id")).containsExactly("pashinyan-frozen");
		assertThat(api.field("/api/v1/statements?kind=paraphrase", "id")).containsExactly("peskov-ally");
		assertThat(api.field("/api/v1/statements?kind=QUOTE&to=2010", "id")).containsExactly("ministry-warns");
	}

	@Test
	void findsWhatAStatementSpeaksOfAndWhoSpeaksForAState() {
		assertThat(api.field("/api/v1/statements?about=arm", "id")).containsExactly("peskov-ally");
		assertThat(api.get("/api/v1/statements?involves=ARM")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"content": [
							  {"id": "pashinyan-frozen", "involvement": [{"role": "SPEAKER", "through": {"id": "nikol-pashinyan"}}]},
							  {"id": "peskov-ally", "involvement": [{"role": "ABOUT", "through": null}]}]}""");
	}

	@Test
	void refusesASpeakerOrPartyItDoesNotKnow() {
		for (String parameter : List.of("speaker", "about", "involves")) {
			Problems.assertInvalidParameter(api.get("/api/v1/statements?" + parameter + "=nobody"), parameter);
		}
	}

	@Test
	void servesAnInstitutionAsTheSpeakerOfAQuote() {
		assertThat(api.get("/api/v1/statements/ministry-warns")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"id": "ministry-warns", "kind": "QUOTE", "event": null,
							 "speaker": {"type": "organization", "id": "ministry", "name": "Ministry of Foreign Affairs of Uzbekistan"}}""");
	}

	@Test
	void servesTheEventAStatementBelongsTo() {
		assertThat(api.ok("/api/v1/statements/peskov-ally").get("event").get("type").asString()).isEqualTo("event");
	}

	/**
	 * Out of every order, so that each list above comes sorted only if the catalog sorts
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Statements statements() {
			return new Statements(List.of(PESKOV, PASHINYAN, MINISTRY));
		}

		/** Armenia, which Pashinyan speaks for as its Prime Minister. */
		@Bean
		Parties parties() {
			Reference armenia = reference(ResourceType.COUNTRY, "ARM", "Armenia");
			return new Parties(
					References.of(List.of(armenia, MINISTRY.speaker(), PESKOV.speaker(), PASHINYAN.speaker())),
					person -> person.equals(PASHINYAN.speaker()) ? List.of(armenia) : List.of());
		}

	}

}
