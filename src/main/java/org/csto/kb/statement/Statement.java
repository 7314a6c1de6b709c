package org.csto.kb.statement;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;

@Schema(name = "Statement", description = "What someone said: a verbatim quote or reported speech")
public record Statement(@Schema(example = "pashinyan-frozen-participation-in-treaty") String id, @Schema(
		description = "For a QUOTE, the speaker's words exactly as the source quotes them; for a PARAPHRASE, what the source reports") String text,
		StatementKind kind,
		@Schema(description = "Who spoke: a person, or an institution such as a ministry or a state") Reference speaker,
		@Schema(description = "ISO 8601 date at the precision the source gives, or null where it gives none",
				example = "2023-09-03", nullable = true) String date,
		@Schema(description = "The precision of `date`, or null where the source gives no date",
				nullable = true) DatePrecision datePrecision,
		@Schema(description = "The event the statement belongs to, where the source ties it to one",
				nullable = true) Reference event,
		@Schema(description = "What the source leaves open or prints oddly about the statement",
				nullable = true) String note,
		List<Citation> citations) {
}
