package org.csto.kb.timeline;

import io.swagger.v3.oas.annotations.Parameter;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;
import org.csto.kb.catalog.Parties;
import org.csto.kb.catalog.Party;
import org.csto.kb.catalog.Selection;

/** The filters of the timeline. */
record TimelineFilter(@Parameter(
		description = "Only entries whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated entries drop out",
		example = "2023") String from,
		@Parameter(
				description = "Only entries whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated entries drop out",
				example = "2023-12") String to,
		@Parameter(
				description = "Only entries that involve this party in any role: taking part, a place, what an event concerns, speaking, or being spoken of. A state also acts through a person in its office (its Prime Minister, say); each entry then says through whom.",
				example = "ARM") String involves) {

	Selection<TimelineEntry> parse(Parties parties, Timeline timeline) {
		Filter<TimelineEntry> matches = Filter.within(DateRange.parse(from, to));
		Party party = parties.party("involves", involves);
		if (party == null) {
			return Selection.of(matches);
		}
		return new Selection<>(matches.and(entry -> !parties.involvement(party, timeline.roles(entry)).isEmpty()),
				entry -> entry.involving(parties.involvement(party, timeline.roles(entry))));
	}

}
