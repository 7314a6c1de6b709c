package org.csto.kb.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a fact is stated: a passage of a source and the exact words in it. Stored as it
 * is served, so one type serves both as a JPA value and as the API shape.
 */
@Embeddable
@Schema(name = "Citation", description = "Where the source states a fact: a passage and the exact words in it")
public record Citation(
		@Schema(description = "The id of the source document",
				example = "csto-wikipedia-extract") @Column(name = "source_id") String source,
		@Schema(description = "The number of the passage in that source, from 1",
				example = "4") @Column(name = "passage_number") int passage,
		@Schema(description = "The source's footnote marker that goes with the quoted words, if any", example = "[10]",
				nullable = true) @Column(name = "marker") String marker,
		@Schema(description = "An exact excerpt of the passage that states the fact",
				example = "On 4 February 2009, an agreement to create the Collective Rapid Reaction Force (KSOR)") @Column(
						name = "quote") String quote) {
}
