package org.csto.kb.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.csto.kb.search.SearchAnalysisConfigurer;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** Another name the source gives a body or an organization: an abbreviation, or a name in another language. */
@Embeddable
@Schema(name = "AlternativeName", description = "Another name the source gives: an abbreviation or a name in another language")
public record AlternativeName(
		@Schema(description = "The name as the source writes it", example = "ОДКБ") @Column(name = "name")
		@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES, highlightable = Highlightable.ANY)
		@FullTextField(name = "nameLatin", analyzer = SearchAnalysisConfigurer.LATIN, projectable = Projectable.YES, highlightable = Highlightable.ANY) String name,
		@Schema(description = "BCP 47 language tag", example = "ru") @Column(name = "language") String language,
		@Schema(description = "FULL_NAME or ABBREVIATION", example = "ABBREVIATION") @Column(name = "kind") String kind) {
}
