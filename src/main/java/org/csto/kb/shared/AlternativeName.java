package org.csto.kb.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Another name the source gives a body or an organization: an abbreviation, or a name in
 * another language.
 */
@Embeddable
@Schema(name = "AlternativeName",
		description = "Another name the source gives: an abbreviation or a name in another language")
public record AlternativeName(
		@Schema(description = "The name as the source writes it", example = "ОДКБ") @Column(name = "name") String name,
		@Schema(description = "BCP 47 language tag", example = "ru") @Column(name = "language") String language,
		@Schema(description = "FULL_NAME or ABBREVIATION",
				example = "ABBREVIATION") @Column(name = "kind") String kind) {
}
