package org.csto.kb.timeline;

import java.util.List;

import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.MockMvcApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@KnowledgeBaseApiTest
class TimelineControllerTests {

	@Autowired
	MockMvcApi api;

	@Test
	void mergesEventsAndStatementsInDateOrder() {
		JsonNode page = api.ok("/api/v1/timeline?from=2023&to=2023&size=100");
		assertThat(page.get("content").findValuesAsString("type")).contains("event", "statement");
		List<String> dates = page.get("content").findValuesAsString("date");
		assertThat(dates).isSorted().allSatisfy(date -> assertThat(date).startsWith("2023"));
	}

	@Test
	void answersWhatHappenedIn2023WithEveryDatedEventAndStatementOfThatYear() {
		long events = api.field("/api/v1/events?from=2023&to=2023&size=100", "id").size();
		long statements = api.field("/api/v1/statements?from=2023&to=2023&size=100", "id").size();
		assertThat(api.ok("/api/v1/timeline?from=2023&to=2023").get("page").get("totalElements").asLong())
			.isEqualTo(events + statements);
	}

	@Test
	void entriesCarrySpeakerOrParticipantsAndCitations() {
		api.ok("/api/v1/timeline?size=100").get("content").forEach(entry -> {
			assertThat(entry.get("citations")).isNotEmpty();
			if (entry.get("type").asString().equals("statement")) {
				assertThat(entry.get("speaker").get("id").asString()).isNotBlank();
			}
			else {
				assertThat(entry.get("speaker").isNull()).isTrue();
			}
		});
	}

	@Test
	void newestFirstKeepsUndatedEntriesLast() {
		List<String> dates = api.field("/api/v1/timeline?sort=date,desc&size=100", "date");
		int firstUndated = dates.indexOf(null);
		assertThat(firstUndated).isPositive();
		assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
		assertThat(dates.subList(0, firstUndated))
			.isSortedAccordingTo((a, b) -> b.substring(0, 4).compareTo(a.substring(0, 4)));
	}

	@Test
	void isPagedLikeEveryCollection() {
		assertThat(api.ok("/api/v1/timeline?size=5&page=1").get("page").get("number").asInt()).isEqualTo(1);
		assertThat(api.problem("/api/v1/timeline?size=0", 400).get("parameter").asString()).isEqualTo("size");
	}

}
