package org.csto.kb.event;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;

@Schema(name = "Event", description = "Something that happened, dated at the precision the source gives, or undated")
public record Event(@Schema(example = "collective-rapid-reaction-force-agreement") String id,
		@Schema(example = "Agreement to create the Collective Rapid Reaction Force") String title, EventKind kind,
		@Schema(description = "What happened, in the source's terms") String summary,
		@Schema(description = "ISO 8601 date at the precision the source gives, or null where it gives none",
				example = "2009-02-04", nullable = true) String date,
		@Schema(description = "The precision of `date`, or null where the source gives no date",
				nullable = true) DatePrecision datePrecision,
		@Schema(description = "Where it happened, as the source gives it", example = "Yerevan, Armenia",
				nullable = true) String location,
		@Schema(description = "The actors its sentence names: who or what took part, and the parties it concerns") List<Reference> participants,
		@Schema(description = "How a date or a participant was read from the source, or what it leaves open",
				nullable = true) String note,
		List<Citation> citations) {
}
