package org.csto.kb.event;

import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.Parameter;
import org.csto.kb.catalog.DateRange;

/** The filters of the event collection. */
record EventFilter(
		@Parameter(description = "Only events whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out", example = "2023") String from,
		@Parameter(description = "Only events whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out", example = "2023-12") String to,
		@Parameter(description = "Only events with this participant: a person, body, organization or event id, or a country's alpha-3 code", example = "nikol-pashinyan") String participant) {

	Predicate<Event> predicate() {
		DateRange range = DateRange.parse(from, to);
		Predicate<Event> matches = event -> range.includes(event.when());
		if (participant != null && !participant.isBlank()) {
			matches = matches.and(event -> event.participants()
				.stream()
				.anyMatch(reference -> reference.id().equalsIgnoreCase(participant.trim())));
		}
		return matches;
	}

}
