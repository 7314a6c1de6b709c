package org.csto.kb.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A source as a curator proposes it: its text whole, which a publication cuts into
 * numbered passages as the shipped text was cut. A published source's text never changes:
 * citations point into it; a corrected text is a new source. What GET derives from the
 * text (its checksum and passages) and the revision are ignored, so that a source read
 * from the API can be proposed back with a field changed.
 */
@JsonIgnoreProperties({ "checksum", "passages", "revision" })
@Schema(name = "SourceDraft", description = "A source as proposed: its text, cut into passages when it is published")
public record SourceDraft(@Schema(example = "tass-2025-05-12") String id,
		@Schema(example = "TASS, 12 May 2025") String title,
		@Schema(description = "Where the text comes from", example = "https://tass.com/politics/1234567") String origin,
		@Schema(description = "The licence the text is available under", example = "CC BY 4.0") String licence,
		@Schema(description = "Where the licence can be read", nullable = true,
				example = "https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
		@Schema(description = "The whole text; each non-blank line becomes a passage, numbered from 1. Given when the source is created; an update may only repeat it") String text) {
}
