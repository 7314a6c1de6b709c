package org.csto.kb.statement;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.Choice;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;

/** The filters of the statement collection. */
record StatementFilter(@Parameter(
		description = "Only statements by this speaker: a person's or organization's id, or a country's alpha-3 code",
		example = "nikol-pashinyan") String speaker,
		@Parameter(
				description = "Only statements whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements drop out",
				example = "2023-09") String from,
		@Parameter(
				description = "Only statements whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD); undated statements drop out",
				example = "2023-12-31") String to,
		@Parameter(description = "Only quotes (the speaker's own words) or only paraphrases (reported speech)",
				example = "QUOTE", schema = @Schema(allowableValues = {
						"QUOTE", "PARAPHRASE" })) String kind){

	/**
	 * The filter the parameters ask for; a value it cannot take is a problem naming its
	 * parameter.
	 */
	Filter<Statement> parse() {
		DateRange range = DateRange.parse(from, to);
		StatementKind wanted = Choice.parse("kind", kind, StatementKind.class);
		Filter<Statement> matches = Filter.within(range);
		if (wanted != null) {
			matches = matches.and(statement -> statement.kind() == wanted);
		}
		if (speaker != null && !speaker.isBlank()) {
			String speakerId = speaker.trim();
			matches = matches.and(statement -> statement.speaker().id().equalsIgnoreCase(speakerId));
		}
		return matches;
	}

}
