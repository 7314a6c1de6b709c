package org.csto.kb.curation;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.body.Body;
import org.csto.kb.country.Country;
import org.csto.kb.event.Event;
import org.csto.kb.history.Action;
import org.csto.kb.organization.Organization;
import org.csto.kb.person.Person;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.source.SourceDraft;
import org.csto.kb.statement.Statement;

/**
 * A proposal as a curator sends it: the contract's shape, for the API's documentation and
 * its clients. The request itself is read field by field ({@link ProposalReader}), so
 * that each mistake is reported where it is.
 */
@Schema(name = "ProposalRequest", description = "Changes to propose, with why")
record ProposalRequest(
		@Schema(description = "Why, in a sentence", maxLength = ProposalReader.MAX_SUMMARY,
				requiredMode = Schema.RequiredMode.REQUIRED,
				example = "Add the 2025 TASS report of the CSTO summit") String summary,
		@ArraySchema(minItems = 1, maxItems = ProposalReader.MAX_CHANGES,
				arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<ChangeRequest> changes) {

	@Schema(name = "ProposedChange",
			description = "One change: an item to create, an item to update from the revision it was read at, or an item to delete")
	record ChangeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Action action,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ResourceType type,
			@Schema(description = "The item's id: for a new item, an unused slug (a country's, its ISO alpha-3 code)",
					requiredMode = Schema.RequiredMode.REQUIRED, example = "tass-2025-05-12") String id,
			@Schema(description = "For an update or delete, the item's revision as it was read; left out of a create",
					nullable = true, example = "1") Integer baseRevision,
			@Schema(description = "The item as proposed, its fields as GET returns them (a reference needs only its type and id; derived fields are ignored); for a source, its text whole. Left out of a delete.",
					types = "object", oneOf = {
							SourceDraft.class, Event.class, Statement.class, Person.class, Body.class,
							Organization.class, Country.class }) Object item){
	}

}
