package org.csto.kb.event;

import java.util.List;

import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.Catalog;
import org.csto.kb.web.Sorting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.Fixtures.cited;
import static org.csto.kb.testing.Fixtures.reference;
import static org.csto.kb.testing.Problems.assertInvalidParameter;
import static org.csto.kb.testing.Problems.assertProblem;
import static org.mockito.BDDMockito.given;

@WebMvcTest(EventController.class)
class EventControllerTests {

	static final Event FOUNDING = new Event("csto-founding", "CSTO founded", EventKind.FOUNDING, "Founded.", "2002",
			DatePrecision.YEAR, null, List.of(reference(ResourceType.ORGANIZATION, "csto", "Collective Security Treaty Organization")),
			null, cited("founded in 2002"));

	static final Event AGREEMENT = new Event("ksor-agreement", "Agreement", EventKind.AGREEMENT, "Agreed.", "2009-02-04",
			DatePrecision.DAY, null, List.of(), null, cited("On 4 February 2009"));

	static final Event PLANS = new Event("ksor-plans", "Plans finalized", EventKind.OTHER, "Finalized.", null, null, null,
			List.of(), null, cited("with plans finalized on 14 June."));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EventService events;

	@BeforeEach
	void catalog() {
		given(events.catalog()).willReturn(new Catalog<>(List.of(PLANS, AGREEMENT, FOUNDING), Event::id,
				Sorting.of(Event.class).by("date", Event::when, PartialDate.CHRONOLOGICAL).byText("title", Event::title)));
	}

	@Test
	void sortsEventsByDateWithTheUndatedLastEitherWay() {
		assertThat(mvc.get().uri("/api/v1/events").param("sort", "date,asc")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("csto-founding", "ksor-agreement", "ksor-plans");
		assertThat(mvc.get().uri("/api/v1/events").param("sort", "date,desc")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("ksor-agreement", "csto-founding", "ksor-plans");
	}

	@Test
	void servesAnEventWithItsDatePrecisionAndParticipants() {
		assertThat(mvc.get().uri("/api/v1/events/csto-founding")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"id": "csto-founding", "date": "2002", "datePrecision": "YEAR",
				 "participants": [{"type": "organization", "id": "csto", "name": "Collective Security Treaty Organization"}]}""");
	}

	@Test
	void servesAnUndatedEventWithNullDateAndPrecision() {
		assertThat(mvc.get().uri("/api/v1/events/ksor-plans")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"id": "ksor-plans", "date": null, "datePrecision": null}""");
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/events/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/events").param("sort", "summary").exchange(), "sort");
	}

}
