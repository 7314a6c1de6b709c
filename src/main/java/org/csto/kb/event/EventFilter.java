package org.csto.kb.event;

import io.swagger.v3.oas.annotations.Parameter;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;

/** The filters of the event collection. */
record EventFilter(@Parameter(
		description = "Only events whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out",
		example = "2023") String from,
		@Parameter(
				description = "Only events whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out",
				example = "2023-12") String to,
		@Parameter(
				description = "Only events with this participant: a person, body, organization or event id, or a country's alpha-3 code",
				example = "nikol-pashinyan") String participant) {

	/**
	 * The filter the parameters ask for; a value it cannot take is a problem naming its
	 * parameter.
	 */
	Filter<Event> parse() {
		Filter<Event> matches = Filter.within(DateRange.parse(from, to));
		if (participant != null && !participant.isBlank()) {
			String wanted = participant.trim();
			matches = matches.and(event -> event.participants()
				.stream()
				.anyMatch(reference -> reference.id().equalsIgnoreCase(wanted)));
		}
		return matches;
	}

}
