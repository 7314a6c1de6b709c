package org.csto.kb.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** One thing wrong with a proposal, at its JSON Pointer into the request. */
@Schema(name = "ProposalError", description = "One thing wrong with a proposal, where it is in the request")
public record CheckError(
		@Schema(description = "A JSON Pointer into the request",
				example = "/changes/1/item/citations/0/quote") String pointer,
		@Schema(description = "What is wrong there, and what is accepted",
				example = "is not an exact excerpt of passage 4 of csto-wikipedia-extract") String detail) {
}
