package org.csto.kb.curation;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.web.problem.ProblemException;
import org.csto.kb.web.problem.ProblemType;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Proposals, for signed-in curators and reviewers. Every answer is for its account alone,
 * and is neither stored nor shared by a cache.
 */
@RestController
@RequestMapping(path = ProposalController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Curation",
		description = "Proposals: cited changes a curator proposes and a second person, a reviewer, publishes or rejects. Sign in with **Authorize** first.")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "session")
class ProposalController {

	static final String PATH = "/api/v1/proposals";

	/** The longest reason a rejection may give. */
	static final int MAX_REASON = 2000;

	private final Curation curation;

	ProposalController(Curation curation) {
		this.curation = curation;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createProposal", summary = "Propose changes",
			description = "Proposes new items, updates and deletions, each item with citations that quote their passages word for word. Checked at once: any error is a 422 listing every error at its JSON Pointer, and nothing is stored. A `CURATOR` or `REVIEWER` may propose.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = ProposalRequest.class)))
	ResponseEntity<Proposal> propose(@RequestBody JsonNode body, Principal user) {
		Proposal proposal = curation.propose(body, user.getName());
		return ResponseEntity.created(URI.create(PATH + "/" + proposal.id()))
			.cacheControl(CacheControl.noStore())
			.body(proposal);
	}

	@GetMapping
	@Operation(operationId = "listProposals", summary = "List the proposals",
			description = "Newest first, optionally only those of one status: `OPEN` ones await review.")
	ResponseEntity<PagedModel<Proposal>> list(@ParameterObject ProposalQuery query) {
		return unshared(new PagedModel<>(curation.list(query.parsedStatus(), query.pageable())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getProposal", summary = "Get a proposal",
			description = "Each change with the item `before` it (as it is now, or as it was, once published) and `after` it (as proposed).")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id")
	ResponseEntity<Proposal> get(@PathVariable String id) {
		return unshared(curation.get(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "reviseProposal", summary = "Revise an open proposal",
			description = "Its author replaces its summary and changes, checked as a new proposal is.")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = ProposalRequest.class)))
	ResponseEntity<Proposal> revise(@PathVariable String id, @RequestBody JsonNode body, Principal user) {
		return unshared(curation.revise(id, body, user.getName()));
	}

	@PostMapping("/{id}/withdraw")
	@Operation(operationId = "withdrawProposal", summary = "Withdraw an open proposal",
			description = "Its author takes it back.")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id")
	ResponseEntity<Proposal> withdraw(@PathVariable String id, Principal user) {
		return unshared(curation.withdraw(id, user.getName()));
	}

	@PostMapping("/{id}/publish")
	@Operation(operationId = "publishProposal", summary = "Publish an open proposal",
			description = "A `REVIEWER` other than its author publishes it: every change, all or nothing, checked again against the knowledge base as it is now. If its items changed since it was made, 409 with the errors, and nothing is published. Readers see the changes as soon as this answers.")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id")
	ResponseEntity<Proposal> publish(@PathVariable String id, Principal user) {
		return unshared(curation.publish(id, user.getName()));
	}

	@PostMapping(path = "/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "rejectProposal", summary = "Reject an open proposal",
			description = "A `REVIEWER` other than its author rejects it, saying why.")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The proposal's id")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = Rejection.class)))
	ResponseEntity<Proposal> reject(@PathVariable String id, @RequestBody JsonNode body, Principal user) {
		return unshared(curation.reject(id, reason(body), user.getName()));
	}

	/** Why a proposal is rejected, read as strictly as a proposal is. */
	private static String reason(JsonNode body) {
		JsonNode reason = body == null ? null : body.get("reason");
		String problem = null;
		if (body == null || !body.isObject() || body.size() != 1 || reason == null) {
			problem = "The body must be {\"reason\": \"...\"}: why the proposal is rejected";
		}
		else if (!reason.isString() || reason.stringValue().isBlank()) {
			problem = "'reason' must say, in text, why the proposal is rejected";
		}
		else if (reason.stringValue().length() > MAX_REASON) {
			problem = "'reason' must be at most " + MAX_REASON + " characters long";
		}
		else if (Texts.invalid(reason.stringValue()) != null) {
			problem = "'reason' " + Texts.invalid(reason.stringValue());
		}
		if (problem != null) {
			throw new ProblemException(ProblemType.BAD_REQUEST, problem);
		}
		return reason.stringValue();
	}

	private static <T> ResponseEntity<T> unshared(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	@Schema(name = "Rejection", description = "Why a proposal is rejected")
	record Rejection(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = MAX_REASON,
			example = "The quote is from a passage that says something else") String reason) {
	}

}
