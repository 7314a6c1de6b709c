package org.csto.kb.timeline;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.Involvement;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;

@Schema(name = "TimelineEntry", description = "An event or a statement, placed in time")
public record TimelineEntry(@Schema(description = "`event` or `statement`", example = "event") ResourceType type,
		@Schema(example = "lavrov-offers-csto-mission-on-armenia-azerbaijan-border") String id,
		@Schema(description = "ISO 8601 date at the precision the source gives, or null where it gives none",
				example = "2023-02-02", nullable = true) String date,
		@Schema(description = "The precision of `date`", nullable = true) DatePrecision datePrecision,
		@Schema(description = "An event's title, or a statement's text") String title,
		@Schema(description = "The item's own kind: an event's (`MEETING`, `REFUSAL`, ...) or a statement's (`QUOTE` or `PARAPHRASE`)",
				example = "OTHER") String kind,
		@Schema(description = "An event's participants; empty for a statement") List<Reference> participants,
		@Schema(description = "A statement's speaker; null for an event", nullable = true) Reference speaker,
		@Schema(description = "Every party the entry involves, in any role: those who took part or spoke, the countries of its places, and what it concerns or speaks of") List<Reference> parties,
		List<Citation> citations,
		@Schema(description = "With an `involves` filter, how the entry involves the party it names; null otherwise",
				nullable = true) List<Involvement> involvement) {

	String key() {
		return type.key() + "/" + id;
	}

	TimelineEntry involving(List<Involvement> involvement) {
		return new TimelineEntry(type, id, date, datePrecision, title, kind, participants, speaker, parties, citations,
				involvement);
	}

}
