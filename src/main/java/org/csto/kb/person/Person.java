package org.csto.kb.person;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Citation;

@Schema(name = "Person", description = "A person the source names, with the roles it gives them and no others")
public record Person(@Schema(example = "nikol-pashinyan") String id,
		@Schema(description = "The fullest form of the name the source gives", example = "Nikol Pashinyan") String name,
		@Schema(description = "Other spellings the source uses",
				example = "[\"Dmitri Peskov\"]") List<String> otherNames,
		@Schema(description = "The roles the source gives the person; empty when it gives none") List<Role> roles,
		@Schema(description = "What the source leaves open, such as a first name it never gives",
				nullable = true) String note,
		List<Citation> citations,
		@Schema(description = "1 as the source text's migrations seeded it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision) {
}
