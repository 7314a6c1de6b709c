package org.csto.kb.source;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.catalog.CitationIndex;

@Schema(name = "Source", description = "A source document the knowledge base is built from, with its numbered passages")
public record Source(@Schema(example = "csto-wikipedia-extract") String id,
		@Schema(example = "Collective Security Treaty Organization (English Wikipedia, extract)") String title,
		@Schema(description = "Where the text comes from",
				example = "https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization") String origin,
		@Schema(description = "The licence the text is available under", example = "CC BY-SA 4.0") String licence,
		@Schema(description = "Where the licence can be read, where there is such a page", nullable = true,
				example = "https://creativecommons.org/licenses/by-sa/4.0/") String licenceUrl,
		@Schema(description = "SHA-256 of the text as shipped or proposed") String checksum,
		@Schema(description = "The text's non-blank lines, numbered from 1") List<Passage> passages,
		@Schema(description = "1 as the source text's migrations loaded it or a publication created it, one more for each published change",
				accessMode = Schema.AccessMode.READ_ONLY,
				example = "1") @JsonProperty(access = JsonProperty.Access.READ_ONLY) int revision) {

	/** The source with each passage listing what cites it. */
	Source citedAs(CitationIndex index) {
		return new Source(id, title, origin, licence, licenceUrl, checksum,
				passages.stream().map(passage -> passage.citedBy(index.citing(id, passage.number()))).toList(),
				revision);
	}

}
