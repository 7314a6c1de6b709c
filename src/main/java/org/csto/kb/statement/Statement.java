package org.csto.kb.statement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.Involvement;
import org.csto.kb.catalog.Role;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;

@Schema(name = "Statement", description = "What someone said: a verbatim quote or reported speech")
public record Statement(@Schema(example = "pashinyan-frozen-participation-in-treaty") String id, @Schema(
		description = "For a QUOTE, the speaker's words exactly as the source quotes them; for a PARAPHRASE, what the source reports") String text,
		StatementKind kind,
		@Schema(description = "Who spoke: a person, or an institution such as a ministry or a state") Reference speaker,
		@Schema(description = "The parties it speaks of, other than its speaker and its event") List<Reference> about,
		@Schema(description = "ISO 8601 date at the precision the source gives, or null where it gives none",
				example = "2023-09-03", nullable = true) String date,
		@Schema(description = "The precision of `date`, or null where the source gives no date",
				nullable = true) DatePrecision datePrecision,
		@Schema(description = "The event it was said at or about, where the source ties it to one",
				nullable = true) Reference event,
		@Schema(description = "How a date or a reading was made, or what the source leaves open",
				nullable = true) String note,
		List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision,
		@Schema(description = "With an `involves` filter, how the statement involves the party it names; null otherwise",
				nullable = true, accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty(
						access = JsonProperty.Access.READ_ONLY) List<Involvement> involvement) {

	/** The parties of each role: who spoke, and what it speaks of. */
	public Map<Role, List<Reference>> roles() {
		Map<Role, List<Reference>> roles = new EnumMap<>(Role.class);
		roles.put(Role.SPEAKER, List.of(speaker));
		roles.put(Role.ABOUT, about);
		return roles;
	}

	Statement involving(List<Involvement> involvement) {
		return new Statement(id, text, kind, speaker, about, date, datePrecision, event, note, citations, revision,
				involvement);
	}

}
