package org.csto.kb.statement;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.Choice;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;
import org.csto.kb.catalog.Parties;
import org.csto.kb.catalog.Party;
import org.csto.kb.catalog.Selection;

/** The filters of the statement collection. */
record StatementFilter(@Parameter(
		description = "Only statements by this speaker: a person's or organization's id, or a country's code (alpha-3 or alpha-2)",
		example = "nikol-pashinyan") String speaker,
		@Parameter(description = "Only statements that speak of this party, other than their speaker and their event",
				example = "RUS") String about,
		@Parameter(
				description = "Only statements whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements drop out",
				example = "2023-09") String from,
		@Parameter(
				description = "Only statements whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements drop out",
				example = "2023-12-31") String to,
		@Parameter(description = "Only quotes (the speaker's own words) or only paraphrases (reported speech)",
				example = "QUOTE", schema = @Schema(allowableValues = {
						"QUOTE", "PARAPHRASE" })) String kind,
		@Parameter(
				description = "Only statements that involve this party in any role: speaking, or being spoken of. A state also speaks through a person in its office (its Prime Minister, say); each statement then says through whom.",
				example = "ARM") String involves){

	/**
	 * What the parameters ask for; a value it cannot take is a problem naming its
	 * parameter.
	 */
	Selection<Statement> parse(Parties parties) {
		Filter<Statement> matches = Filter.within(DateRange.parse(from, to));
		StatementKind wanted = Choice.parse("kind", kind, StatementKind.class);
		if (wanted != null) {
			matches = matches.and(statement -> statement.kind() == wanted);
		}
		Party by = parties.party("speaker", speaker);
		if (by != null) {
			matches = matches.and(statement -> by.is(statement.speaker()));
		}
		Party of = parties.party("about", about);
		if (of != null) {
			matches = matches.and(statement -> of.isAnyOf(statement.about()));
		}
		Party party = parties.party("involves", involves);
		if (party == null) {
			return Selection.of(matches);
		}
		return new Selection<>(matches.and(statement -> !parties.involvement(party, statement.roles()).isEmpty()),
				statement -> statement.involving(parties.involvement(party, statement.roles())));
	}

}
