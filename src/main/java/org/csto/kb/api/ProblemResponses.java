package org.csto.kb.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.core.converter.ModelConverters;
import org.csto.kb.catalog.CheckError;
import org.csto.kb.web.problem.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The problems every operation can answer, each declared once under
 * {@code components.responses} and referenced from the operations, in the RFC 9457 shape
 * {@code ProblemHandler} writes; and a description for an operation that has none.
 */
class ProblemResponses implements OpenApiCustomizer {

	/** The problems an operation can answer. */
	enum ProblemResponse {

		BAD_REQUEST("400", "InvalidParameter", ProblemType.INVALID_PARAMETER,
				"A query parameter the operation does not take, given twice, or with a value it does not accept; `parameter` names it",
				"Parameter 'size' must be a whole number from 1 to 100; got '0'"),
		NOT_FOUND("404", "NotFound", ProblemType.NOT_FOUND, "Nothing has the id in the path",
				"No event has the id 'csto-refounding'"),
		METHOD_NOT_ALLOWED("405", "MethodNotAllowed", ProblemType.METHOD_NOT_ALLOWED,
				"This path is read-only: only GET and HEAD are allowed; changes go through proposals",
				"This path is read-only (changes go through proposals, at /api/v1/proposals): method POST is not allowed here; use GET or HEAD"),
		NOT_ACCEPTABLE("406", "NotAcceptable", ProblemType.NOT_ACCEPTABLE,
				"The Accept header asks for no media type the resource is served as",
				"This resource is served as application/json; the format parameter or the Accept header asked for none of them"),
		BAD_BODY("400", "BadRequest", ProblemType.BAD_REQUEST,
				"The body is not JSON, or not the JSON the operation reads",
				"The body is not valid JSON (line 1, column 2)"),
		UNAUTHORIZED("401", "Unauthorized", ProblemType.UNAUTHORIZED,
				"No credentials, or wrong ones: send HTTP Basic credentials (**Authorize**), or sign in at /login",
				"The name or password is wrong"),
		FORBIDDEN("403", "Forbidden", ProblemType.FORBIDDEN,
				"The account lacks the role, is not the proposal's author where only its author may act, or is its author where another reviewer must; or a signed-in browser sent no CSRF token",
				"A proposal is published by a reviewer other than its author; its author asks another reviewer"),
		GONE("410", "Gone", ProblemType.GONE,
				"The item was deleted; `revision` names the revision that deleted it, and its history stays readable",
				"Event 'csto-refounding' was deleted in its revision 3"),
		CONFLICT("409", "Conflict", ProblemType.CONFLICT,
				"The proposal is no longer open, or the items it changes changed since it was made; `errors` says where",
				"Proposal p-7kq2m9x4 is PUBLISHED already"),
		CONTENT_TOO_LARGE("413", "ContentTooLarge", ProblemType.CONTENT_TOO_LARGE,
				"The body is larger than the API reads (2 MB by default)",
				"The body is larger than the 2097152 bytes the API reads"),
		UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", ProblemType.UNSUPPORTED_MEDIA_TYPE,
				"The body is not sent as application/json", "Content-Type 'text/plain' is not supported"),
		INVALID_PROPOSAL("422", "InvalidProposal", ProblemType.INVALID_PROPOSAL,
				"The proposal fails a check: `errors` lists each, at its JSON Pointer into the request; nothing was stored",
				"The proposal has 1 error(s), each at its JSON Pointer into the request. Nothing was stored."),
		INTERNAL_ERROR("500", "InternalError", ProblemType.INTERNAL_ERROR,
				"The server failed unexpectedly; the problem reveals nothing internal",
				"The server could not answer this request.");

		final String status;

		final String component;

		private final ProblemType type;

		private final String description;

		private final String detail;

		ProblemResponse(String status, String component, ProblemType type, String description, String detail) {
			this.status = status;
			this.component = component;
			this.type = type;
			this.description = description;
			this.detail = detail;
		}

		ApiResponse response() {
			Map<String, Object> example = new LinkedHashMap<>();
			example.put("type", type.type().toString());
			example.put("title", type.title());
			example.put("status", type.status().value());
			example.put("detail", detail);
			example.put("instance", "/api/v1/events");
			if (this == BAD_REQUEST) {
				example.put("parameter", "size");
			}
			if (this == GONE) {
				example.put("revision", 3);
			}
			if (this == INVALID_PROPOSAL) {
				example.put("errors", List.of(Map.of("pointer", "/changes/1/item/citations/0/quote", "detail",
						"is not an exact excerpt of passage 4 of csto-wikipedia-extract (whitespace aside)")));
			}
			return new ApiResponse().description(description)
				.content(new Content().addMediaType(OpenApiSchemas.PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("Problem")).example(example)));
		}

	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		components.addSchemas("Problem", problem());
		ModelConverters.getInstance().read(CheckError.class).forEach(components::addSchemas);
		for (ProblemResponse problem : ProblemResponse.values()) {
			components.addResponses(problem.component, problem.response());
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
			boolean hasPath = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
			if (operation.getDescription() == null) {
				operation.setDescription(operation.getSummary() + "."
						+ (hasPath ? " An id that names nothing answers 404 with a problem." : ""));
			}
			ApiResponses responses = operation.getResponses();
			for (ProblemResponse problem : answers(path, method, operation, hasPath)) {
				responses.putIfAbsent(problem.status, new ApiResponse().$ref(problem.component));
			}
		}));
	}

	/** The problems an operation can answer, by what it is. */
	private static List<ProblemResponse> answers(String path, PathItem.HttpMethod method, Operation operation,
			boolean hasPath) {
		List<ProblemResponse> answers = new ArrayList<>();
		boolean read = method == PathItem.HttpMethod.GET;
		boolean signedIn = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
		// Every operation refuses a query parameter it does not take.
		answers.add(read ? ProblemResponse.BAD_REQUEST : ProblemResponse.BAD_BODY);
		if (signedIn) {
			answers.addAll(List.of(ProblemResponse.UNAUTHORIZED, ProblemResponse.FORBIDDEN));
		}
		if (hasPath) {
			answers.add(ProblemResponse.NOT_FOUND);
		}
		// An item's path, or one of its revisions: a deleted item is gone.
		if (read && !signedIn && hasPath && !path.contains("/passages/") && !path.endsWith("/revisions")) {
			answers.add(ProblemResponse.GONE);
		}
		if (read) {
			answers.addAll(List.of(ProblemResponse.METHOD_NOT_ALLOWED, ProblemResponse.NOT_ACCEPTABLE));
		}
		else {
			answers.addAll(List.of(ProblemResponse.CONFLICT, ProblemResponse.CONTENT_TOO_LARGE));
			if (operation.getRequestBody() != null) {
				answers.add(ProblemResponse.UNSUPPORTED_MEDIA_TYPE);
			}
			if (operation.getRequestBody() != null && operation.getOperationId().endsWith("Proposal")
					&& !operation.getOperationId().startsWith("reject")) {
				answers.add(ProblemResponse.INVALID_PROPOSAL);
			}
		}
		answers.add(ProblemResponse.INTERNAL_ERROR);
		return answers;
	}

	/** RFC 9457 problem details, as {@code ProblemHandler} writes them. */
	private static Schema<?> problem() {
		return new Schema<>().types(Set.of("object"))
			.description("An RFC 9457 problem: what went wrong, and what the client can change")
			.addProperty("type",
					OpenApiSchemas.string()
						.format("uri-reference")
						.description("The kind of problem: one of the documented /problems/... URIs")
						.example("/problems/not-found"))
			.addProperty("title",
					OpenApiSchemas.string().description("A short summary of the kind of problem").example("Not found"))
			.addProperty("status",
					new Schema<>().types(Set.of("integer"))
						.format("int32")
						.minimum(BigDecimal.valueOf(400))
						.maximum(BigDecimal.valueOf(599))
						.description("The HTTP status code")
						.example(404))
			.addProperty("detail",
					OpenApiSchemas.string()
						.description("What went wrong with this request, and what is accepted instead")
						.example("No event has the id 'csto-refounding'"))
			.addProperty("instance",
					OpenApiSchemas.string()
						.format("uri-reference")
						.description("The path the request was for")
						.example("/api/v1/events/csto-refounding"))
			.addProperty("parameter",
					OpenApiSchemas.string()
						.description("On a 400, the query parameter whose value is not accepted")
						.example("size"))
			.addProperty("errors",
					new Schema<>().types(Set.of("array"))
						.description("On a 422 or 409 about a proposal, everything wrong with it, each where it is")
						.items(new Schema<>().$ref("ProposalError")))
			.addProperty("revision",
					new Schema<>().types(Set.of("integer"))
						.format("int32")
						.description("On a 410, the revision that deleted the item")
						.example(3))
			.required(List.of("type", "title", "status", "detail"));
	}

}
