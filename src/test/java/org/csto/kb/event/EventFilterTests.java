package org.csto.kb.event;

import java.time.LocalDate;
import java.util.List;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseApiTest
class EventFilterTests {

	@Autowired
	MockMvcApi api;

	@Test
	void aMonthFallsWithinADayRangeInsideIt() {
		assertThat(api.field("/api/v1/events?from=2023-10-15&to=2023-10-20&size=100", "date")).contains("2023-10")
			.allSatisfy(date -> assertThat(date).startsWith("2023"));
	}

	@Test
	void aYearFallsWithinAMonthRangeInsideIt() {
		assertThat(api.field("/api/v1/events?from=2002-03&to=2002-04", "id")).contains("csto-founding");
		assertThat(api.field("/api/v1/events?from=2002-03&to=2002-04", "date")).containsOnly("2002");
	}

	@Test
	void aDayOutsideTheRangeDropsOut() {
		List<String> dates = api.field("/api/v1/events?from=2009-02-05&to=2009-02-28&size=100", "date");
		assertThat(dates).doesNotContain("2009-02-04").allSatisfy(date -> assertThat(date).startsWith("2009"));
	}

	@Test
	void everyMatchOverlapsTheRangeAndUndatedEventsDropOut() {
		JsonNode page = api.ok("/api/v1/events?from=2023&to=2023&size=100");
		assertThat(page.get("content")).isNotEmpty().allSatisfy(event -> {
			assertThat(event.get("date").isNull()).isFalse();
			assertThat(event.get("date").asString()).startsWith("2023");
		});
		assertThat(api.field("/api/v1/events?size=100", "date")).containsNull();
	}

	@Test
	void filtersByParticipantInAnyLetterCase() {
		JsonNode page = api.ok("/api/v1/events?participant=arm&size=100");
		assertThat(page.get("content")).isNotEmpty()
			.allSatisfy(event -> assertThat(event.get("participants").findValuesAsString("id")).contains("ARM"));
	}

	@Test
	void sortsByDateWithUndatedEventsLastInBothDirections() {
		for (String direction : List.of("asc", "desc")) {
			List<String> dates = api.field("/api/v1/events?sort=date," + direction + "&size=100", "date");
			int firstUndated = dates.indexOf(null);
			assertThat(firstUndated).isPositive();
			assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
			List<LocalDate> starts = dates.subList(0, firstUndated)
				.stream()
				.map(date -> LocalDate.parse((date + "-01-01").substring(0, 10)))
				.toList();
			assertThat(starts)
				.isSortedAccordingTo(direction.equals("asc") ? LocalDate::compareTo : (a, b) -> b.compareTo(a));
		}
	}

	@Test
	void malformedOrImpossibleDatesAreProblemsNamingTheParameter() {
		assertThat(api.problem("/api/v1/events?from=2023-13", 400).get("parameter").asString()).isEqualTo("from");
		assertThat(api.problem("/api/v1/events?to=2023-02-30", 400).get("parameter").asString()).isEqualTo("to");
		assertThat(api.problem("/api/v1/events?from=last+year", 400).get("detail").asString()).contains("YYYY-MM");
		assertThat(api.problem("/api/v1/events?from=2024&to=2023", 400).get("parameter").asString()).isEqualTo("to");
	}

	@Test
	void anUnknownSortFieldIsAProblemListingTheSortableFields() {
		JsonNode problem = api.problem("/api/v1/events?sort=colour,asc", 400);
		assertThat(problem.get("parameter").asString()).isEqualTo("sort");
		assertThat(problem.get("detail").asString()).contains("date", "title");
	}

}
