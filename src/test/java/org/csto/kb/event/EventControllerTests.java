package org.csto.kb.event;

import java.util.List;

import org.csto.kb.catalog.Parties;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statements;
import org.csto.kb.testing.Fixtures;
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

@KnowledgeBaseWebTest(EventController.class)
class EventControllerTests {

	static final Reference CSTO = reference(ResourceType.ORGANIZATION, "csto",
			"Collective Security Treaty Organization");

	static final Reference ARMENIA = reference(ResourceType.COUNTRY, "ARM", "Armenia");

	static final Event FOUNDING = new Event("csto-founding", "CSTO founded", EventKind.FOUNDING, "Founded.", "2002",
			DatePrecision.YEAR, List.of(CSTO), List.of(), List.of(), null, List.of(), null, cited("founded in 2002"), 1,
			null);

	static final Event AGREEMENT = new Event("ksor-agreement", "Agreement", EventKind.AGREEMENT, "Agreed.",
			"2009-02-04", DatePrecision.DAY, List.of(), List.of(new Place("Yerevan", ARMENIA)), List.of(CSTO), null,
			List.of(), null, cited("On 4 February 2009"), 1, null);

	static final Event PLANS = new Event("ksor-plans", "Plans finalized", EventKind.OTHER, "Finalized.", null, null,
			List.of(), List.of(new Place("Minsk", null)), List.of(), null, List.of(), null,
			cited("with plans finalized on 14 June."), 1, null);

	@Autowired
	MockMvcApi api;

	@Test
	void listsEventsOldestFirstWithTheUndatedLastEitherWay() {
		assertThat(api.field("/api/v1/events", "id")).containsExactly("csto-founding", "ksor-agreement", "ksor-plans");
		assertThat(api.field("/api/v1/events?sort=date,desc", "id")).containsExactly("ksor-agreement", "csto-founding",
				"ksor-plans");
	}

	@Test
	void sortsEventsByTitle() {
		assertThat(api.field("/api/v1/events?sort=title", "id")).containsExactly("ksor-agreement", "csto-founding",
				"ksor-plans");
	}

	@Test
	void filtersEventsByDateAndParticipant() {
		assertThat(api.field("/api/v1/events?from=2009", "id")).containsExactly("ksor-agreement");
		assertThat(api.field("/api/v1/events?to=2008-12", "id")).containsExactly("csto-founding");
		assertThat(api.field("/api/v1/events?participant=CSTO", "id")).containsExactly("csto-founding");
	}

	@Test
	void filtersEventsByEachRoleApart() {
		assertThat(api.field("/api/v1/events?participant=csto", "id")).containsExactly("csto-founding");
		assertThat(api.field("/api/v1/events?concerns=csto", "id")).containsExactly("ksor-agreement");
		assertThat(api.field("/api/v1/events?involves=csto", "id")).containsExactly("csto-founding", "ksor-agreement");
		assertThat(api.field("/api/v1/events?place=arm", "id")).containsExactly("ksor-agreement");
		assertThat(api.field("/api/v1/events?place=minsk", "id")).containsExactly("ksor-plans");
	}

	@Test
	void saysHowEachEventInvolvesThePartyAsked() {
		assertThat(api.get("/api/v1/events?involves=csto")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"content": [{"id": "csto-founding", "involvement": [{"role": "PARTICIPANT", "through": null}]},
				             {"id": "ksor-agreement", "involvement": [{"role": "CONCERNS", "through": null}]}]}""");
		assertThat(api.ok("/api/v1/events/csto-founding").get("involvement").isNull()).isTrue();
	}

	@Test
	void refusesAPartyOrPlaceItDoesNotKnow() {
		for (String parameter : List.of("participant", "concerns", "involves")) {
			Problems.assertInvalidParameter(api.get("/api/v1/events?" + parameter + "=nobody"), parameter);
		}
		Problems.assertInvalidParameter(api.get("/api/v1/events?place=Atlantis"), "place");
	}

	@Test
	void servesAnEventWithItsDatePrecisionAndParticipants() {
		assertThat(api.get("/api/v1/events/csto-founding")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo(
					"""
							{"id": "csto-founding", "date": "2002", "datePrecision": "YEAR",
							 "participants": [{"type": "organization", "id": "csto", "name": "Collective Security Treaty Organization"}]}""");
	}

	@Test
	void servesAnUndatedEventWithNullDateAndPrecision() {
		assertThat(api.get("/api/v1/events/ksor-plans")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"id": "ksor-plans", "date": null, "datePrecision": null}""");
	}

	/**
	 * Out of every order, so that each list above comes sorted only if the catalog sorts
	 * it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Catalog {

		@Bean
		Events events() {
			return new Events(List.of(PLANS, AGREEMENT, FOUNDING), new Statements(List.of()));
		}

		@Bean
		Parties parties() {
			return Fixtures.parties(CSTO, ARMENIA);
		}

	}

}
