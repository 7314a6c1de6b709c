package org.csto.kb.event;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Reference;

@Schema(name = "Place", description = "Where an event happened, as its sentence names the place")
public record Place(@Schema(description = "The place's name as the source writes it", example = "Yerevan") String name,
		@Schema(description = "The country the place is in, where the same sentence gives it",
				nullable = true) Reference country) {
}
