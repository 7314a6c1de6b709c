package org.csto.kb.event;

import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.Parameter;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;
import org.csto.kb.catalog.Parties;
import org.csto.kb.catalog.Party;
import org.csto.kb.catalog.Selection;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.web.problem.InvalidParameterException;

/** The filters of the event collection, one for each role an event gives a party. */
record EventFilter(@Parameter(
		description = "Only events whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out",
		example = "2023") String from,
		@Parameter(
				description = "Only events whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated events drop out",
				example = "2023-12") String to,
		@Parameter(
				description = "Only events this party took part in: a person's, body's or organization's id, or a country's code (alpha-3 or alpha-2)",
				example = "nikol-pashinyan") String participant,
		@Parameter(
				description = "Only events that happened at this place: a country's code (alpha-3 or alpha-2), for every place in it the source gives, or a place's name as the source writes it",
				example = "Yerevan") String place,
		@Parameter(description = "Only events about or directed at this party, which did not take part in them",
				example = "nato") String concerns,
		@Parameter(
				description = "Only events that involve this party in any role: taking part, where they happened, or what they concern. A state also takes part through a person in its office (its Prime Minister, say); each event then says through whom.",
				example = "ARM") String involves) {

	/**
	 * What the parameters ask for; a value it cannot take is a problem naming its
	 * parameter.
	 */
	Selection<Event> parse(Parties parties, Events events) {
		Filter<Event> matches = Filter.within(DateRange.parse(from, to));
		Party took = parties.party("participant", participant);
		if (took != null) {
			matches = matches.and(event -> took.isAnyOf(event.participants()));
		}
		if (place != null && !place.isBlank()) {
			matches = matches.and(at(parties, events));
		}
		Party about = parties.party("concerns", concerns);
		if (about != null) {
			matches = matches.and(event -> about.isAnyOf(event.concerns()));
		}
		Party party = parties.party("involves", involves);
		if (party == null) {
			return Selection.of(matches);
		}
		UnaryOperator<Event> shown = event -> event.involving(parties.involvement(party, event.roles()));
		return new Selection<>(matches.and(event -> !parties.involvement(party, event.roles()).isEmpty()), shown);
	}

	/**
	 * The events at a place of the name, or at any place in the country the code names.
	 */
	private Predicate<Event> at(Parties parties, Events events) {
		Set<ResourceKey> countries = parties.countries(place);
		if (countries.isEmpty() && !events.happenedAt(place)) {
			throw new InvalidParameterException("place", "Parameter 'place' must be a country's code (alpha-3 or "
					+ "alpha-2) or the name of a place where an event happened; got '" + place + "'");
		}
		String name = place.trim();
		return event -> event.places()
			.stream()
			.anyMatch(at -> at.name().equalsIgnoreCase(name)
					|| (at.country() != null && countries.contains(at.country().key())));
	}

}
