package org.csto.kb.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.Involvement;
import org.csto.kb.catalog.Role;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;

@Schema(name = "Event", description = "Something that happened, dated at the precision the source gives, or undated")
public record Event(@Schema(example = "collective-rapid-reaction-force-agreement") String id,
		@Schema(example = "Agreement to create the Collective Rapid Reaction Force") String title, EventKind kind,
		@Schema(description = "What happened, in the source's terms") String summary,
		@Schema(description = "ISO 8601 date at the precision the source gives, or null where it gives none",
				example = "2009-02-04", nullable = true) String date,
		@Schema(description = "The precision of `date`, or null where the source gives no date",
				nullable = true) DatePrecision datePrecision,
		@Schema(description = "Who or what took part, as its sentence says") List<Reference> participants,
		@Schema(description = "Where it happened, as its sentence names the places") List<Place> places,
		@Schema(description = "The parties it is about or directed at, which did not take part") List<Reference> concerns,
		@Schema(description = "The event it happened during, where the source ties it to one",
				nullable = true) Reference during,
		@Schema(description = "What was said at it or about it: the statements the source ties to it",
				accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty(
						access = JsonProperty.Access.READ_ONLY) List<Reference> statements,
		@Schema(description = "How a date or a reading was made, or what the source leaves open",
				nullable = true) String note,
		List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision,
		@Schema(description = "With an `involves` filter, how the event involves the party it names; null otherwise",
				nullable = true, accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty(
						access = JsonProperty.Access.READ_ONLY) List<Involvement> involvement) {

	/** The parties of each role, in the order the roles are documented. */
	public Map<Role, List<Reference>> roles() {
		Map<Role, List<Reference>> roles = new EnumMap<>(Role.class);
		roles.put(Role.PARTICIPANT, participants);
		roles.put(Role.PLACE, places.stream().map(Place::country).filter(Objects::nonNull).toList());
		roles.put(Role.CONCERNS, concerns);
		return roles;
	}

	/** Every party the event involves, in any role, each once. */
	public List<Reference> parties() {
		List<Reference> parties = new ArrayList<>();
		roles().values()
			.forEach(references -> references.stream()
				.filter(reference -> !parties.contains(reference))
				.forEach(parties::add));
		return parties;
	}

	Event involving(List<Involvement> involvement) {
		return new Event(id, title, kind, summary, date, datePrecision, participants, places, concerns, during,
				statements, note, citations, revision, involvement);
	}

	/** The event with the statements said at or about it. */
	Event said(List<Reference> statements) {
		return new Event(id, title, kind, summary, date, datePrecision, participants, places, concerns, during,
				statements, note, citations, revision, involvement);
	}

}
