package org.csto.kb.body;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;

@Schema(name = "Body", description = "One of the CSTO's own organs or forces")
public record Body(@Schema(example = "collective-rapid-reaction-force") String id,
		@Schema(example = "Collective Rapid Reaction Force") String name,
		@Schema(description = "The abbreviation the source gives, if any", example = "KSOR",
				nullable = true) String abbreviation,
		@Schema(description = "Other names the source gives: abbreviations, names in other languages") List<AlternativeName> alternativeNames,
		BodyKind kind,
		@Schema(description = "What the source says the body is or does", nullable = true) String description,
		@Schema(description = "The organization it belongs to") Reference organization, List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision) {
}
