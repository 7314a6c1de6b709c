package org.csto.kb.history;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Revision", description = "One revision of an item: what changed it, who, when and why")
public record Revision(
		@Schema(description = "1 for what the migrations seeded or a publication created", example = "1") int revision,
		Action action,
		@Schema(description = "When it was published (for revision 1 of the seeded data, when the migrations ran)") Instant publishedAt,
		@Schema(description = "Who proposed it; `migrations` for the seeded data",
				example = "migrations") String author,
		@Schema(description = "Who published it; null for the seeded data", nullable = true) String reviewer,
		@Schema(description = "The proposal it was published by; null for the seeded data",
				nullable = true) String proposal,
		@Schema(description = "Why, in the proposal's words", example = "Seeded from the source text") String summary) {
}
