package org.csto.kb.event;

import java.util.List;

import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.testing.KnowledgeBaseDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseDataTest
class EventRepositoryTests {

	@Autowired
	EventRepository events;

	@Autowired
	References references;

	@Test
	void readsEveryEventWithItsCitations() {
		assertThat(all()).allSatisfy(event -> assertThat(event.citations()).isNotEmpty());
	}

	@Test
	void readsTheRapidReactionForceAgreementToTheDay() {
		Event agreement = byId("collective-rapid-reaction-force-agreement");

		assertThat(agreement.date()).isEqualTo("2009-02-04");
		assertThat(agreement.datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(agreement.participants()).extracting(Reference::id).containsExactly("csto");
		assertThat(agreement.concerns()).extracting(Reference::id).containsExactly("collective-rapid-reaction-force");
	}

	@Test
	void readsAMonthAsAMonth() {
		Event refusal = byId("pashinyan-refuses-common-military-drills");

		assertThat(refusal.date()).isEqualTo("2023-01");
		assertThat(refusal.datePrecision()).isEqualTo(DatePrecision.MONTH);
	}

	private List<Event> all() {
		return events.findAll().stream().map(event -> event.toEvent(references)).toList();
	}

	private Event byId(String id) {
		return all().stream().filter(event -> event.id().equals(id)).findFirst().orElseThrow();
	}

}
