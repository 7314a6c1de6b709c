package org.csto.kb.country;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Citation;

@Schema(name = "Country",
		description = "A state or territory the source names, with its CSTO status where the source gives one")
public record Country(
		@Schema(description = "ISO 3166-1 alpha-3 code; a lowercase slug for a territory with no ISO code",
				example = "ARM") String code,
		@Schema(description = "ISO 3166-1 alpha-2 code, or null for a territory with no ISO code", example = "AM",
				nullable = true) String alpha2,
		@Schema(example = "Armenia") String name,
		@Schema(description = "CSTO status as the source tells it; null for a country that is not a member",
				nullable = true) MembershipStatus status,
		@Schema(description = "What the status rests on, or what the source leaves open", nullable = true) String note,
		@Schema(description = "Where the source names the country and states its status") List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision) {

	boolean inCsto() {
		return status != null;
	}

}
