package org.csto.kb.statement;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.ResourceType;
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

@WebMvcTest(StatementController.class)
class StatementControllerTests {

	static final Statement MINISTRY = new Statement("ministry-warns", "may give impetus", StatementKind.QUOTE,
			reference(ResourceType.ORGANIZATION, "ministry", "Ministry of Foreign Affairs of Uzbekistan"), "2009-08-03",
			DatePrecision.DAY, null, null, cited("may give impetus"));

	static final Statement PESKOV = new Statement("peskov-ally", "Peskov stated that Armenia remains a close ally.",
			StatementKind.PARAPHRASE, reference(ResourceType.PERSON, "dmitry-peskov", "Dmitry Peskov"), null, null,
			reference(ResourceType.EVENT, "drills", "Pashinyan refuses drills"), null, cited("stated that Armenia"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	StatementService statements;

	@BeforeEach
	void catalog() {
		given(statements.catalog()).willReturn(new Catalog<>(List.of(PESKOV, MINISTRY), Statement::id,
				Sorting.of(Statement.class).by("date", Statement::when, PartialDate.CHRONOLOGICAL)));
	}

	@Test
	void listsStatementsSortedByDate() {
		assertThat(mvc.get().uri("/api/v1/statements").param("sort", "date")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly("ministry-warns", "peskov-ally");
	}

	@Test
	void servesAnInstitutionAsTheSpeakerOfAQuote() {
		assertThat(mvc.get().uri("/api/v1/statements/ministry-warns")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
				{"id": "ministry-warns", "kind": "QUOTE", "event": null,
				 "speaker": {"type": "organization", "id": "ministry", "name": "Ministry of Foreign Affairs of Uzbekistan"}}""");
	}

	@Test
	void servesTheEventAStatementBelongsTo() {
		assertThat(mvc.get().uri("/api/v1/statements/peskov-ally")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.event.type")
			.isEqualTo("event");
	}

	@Test
	void answersAnUnknownIdWithANotFoundProblem() {
		assertProblem(mvc.get().uri("/api/v1/statements/nope").exchange(), HttpStatus.NOT_FOUND, "/problems/not-found");
	}

	@Test
	void answersAnUnsortableFieldWithAProblemNamingTheParameter() {
		assertInvalidParameter(mvc.get().uri("/api/v1/statements").param("sort", "speaker").exchange(), "sort");
	}

}
