package org.csto.kb.history;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Change", description = "One published change to one item, in the order of publication")
public record Change(
		@Schema(description = "Its place in the feed: each change has the next number", example = "1") long seq,
		Instant publishedAt, @Schema(description = "The item's type", example = "event") String type,
		@Schema(example = "csto-founding") String id, Action action,
		@Schema(description = "The item's revision this change made", example = "2") int revision,
		@Schema(description = "The proposal it was published by") String proposal) {
}
