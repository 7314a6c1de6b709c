package org.csto.kb.search;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.shared.ResourceType;

@Schema(name = "SearchHit", description = "One search result: the resource or source passage that matched, best first")
public record SearchHit(
		@Schema(description = "The kind of resource; a passage of a source is a `source` hit",
				example = "body") ResourceType type,
		@Schema(description = "The resource's id; for a passage, the id of its source",
				example = "collective-rapid-reaction-force") String id,
		@Schema(description = "For a passage hit, the passage's number in the source; otherwise null", example = "4",
				nullable = true) Integer passage,
		@Schema(description = "The resource's name or title, as plain text",
				example = "Collective Rapid Reaction Force") String title,
		@Schema(description = "An excerpt of the matching text as HTML: the text is HTML-escaped and every match is wrapped in `<mark>` and `</mark>`",
				example = "Collective Rapid Reaction Force (<mark>KSOR</mark>)") String snippet,
		@Schema(description = "The relevance score; higher is better. Only meaningful for comparing hits of one query",
				example = "7.31") float score) {
}
