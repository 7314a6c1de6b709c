package org.csto.kb.person;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;

@Schema(name = "Role", description = "A title the source gives a person, and what it is a role in")
public record Role(@Schema(description = "The title as the source gives it", example = "Prime Minister") String title,
		@Schema(description = "The country, organization or body the role is in", nullable = true) Reference of,
		List<Citation> citations) {
}
