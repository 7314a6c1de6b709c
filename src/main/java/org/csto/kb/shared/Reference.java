package org.csto.kb.shared;

import io.swagger.v3.oas.annotations.media.Schema;

/** A compact link to another resource, with the name a client shows for it. */
@Schema(name = "Reference", description = "A compact link to another resource")
public record Reference(@Schema(description = "The kind of resource", example = "person") ResourceType type,
		@Schema(description = "The resource's id: a slug, or a country's alpha-3 code",
				example = "nikol-pashinyan") String id,
		@Schema(description = "The resource's name or title", example = "Nikol Pashinyan") String name) {

	/** The stored form of this reference. */
	public ResourceKey key() {
		return new ResourceKey(type.key(), id);
	}

}
