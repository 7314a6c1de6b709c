package org.csto.kb.source;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.Reference;

@Schema(name = "Passage", description = "One non-blank line of a source text, as it stands")
public record Passage(@Schema(description = "The passage's number in its source, from 1", example = "4") int number,
		@Schema(description = "The passage's text, unchanged") String text,
		@Schema(description = "The footnote markers the passage carries, in order",
				example = "[\"[10]\"]") List<String> markers,
		@Schema(description = "Every item that cites the passage, by type") List<Reference> citedBy) {

	Passage citedBy(List<Reference> items) {
		return new Passage(number, text, markers, items);
	}

}
