package org.csto.kb.organization;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;

@Schema(name = "Organization", description = "The CSTO or another organization the source names")
public record Organization(@Schema(example = "guam") String id,
		@Schema(example = "GUAM Organization for Democracy and Economic Development") String name,
		@Schema(description = "The abbreviation the source uses, if any", example = "GUAM",
				nullable = true) String abbreviation,
		@Schema(description = "Other names the source gives: abbreviations, names in other languages") List<AlternativeName> alternativeNames,
		@Schema(description = "What the source says the organization is", nullable = true) String description,
		@Schema(description = "When it was founded, at the precision the source gives", example = "1997",
				nullable = true) String founded,
		@Schema(description = "The precision of `founded`", nullable = true) DatePrecision foundedPrecision,
		@Schema(description = "Its founders, as the source states them") List<Reference> founders,
		@Schema(description = "Its members, as the source states them") List<Reference> members,
		@Schema(description = "What the source leaves open about it", nullable = true) String note,
		List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision) {
}
