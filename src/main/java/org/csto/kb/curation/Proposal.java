package org.csto.kb.curation;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.history.Action;
import org.csto.kb.shared.ResourceType;

@Schema(name = "Proposal", description = "Changes a curator proposes, each item as proposed beside the item as it is")
public record Proposal(@Schema(example = "p-7kq2m9x4d1ab") String id,
		@Schema(description = "Why, in its author's words") String summary, ProposalStatus status,
		@Schema(description = "Who proposed it", example = "curator") String author, Instant createdAt,
		@Schema(description = "When it was last revised or decided") Instant updatedAt,
		@Schema(description = "Who published or rejected it, or its author where withdrawn; null while open",
				nullable = true) String decidedBy,
		@Schema(nullable = true) Instant decidedAt,
		@Schema(description = "Why it was rejected; null otherwise", nullable = true) String reason,
		List<Change> changes) {

	@Schema(name = "ProposalChange", description = "One change: the item before it, and as proposed")
	public record Change(Action action, ResourceType type, @Schema(example = "csto-founding") String id,
			@Schema(description = "The revision the change was made to; null for a creation",
					nullable = true) Integer baseRevision,
			@Schema(description = "The item as it is (or, once published, as it was before): null for a creation",
					types = {
							"object", "null" }) Object before,
			@Schema(description = "The item as proposed: null for a deletion",
					types = { "object", "null" }) Object after){
	}

}
