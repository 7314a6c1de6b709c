package org.csto.kb.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.csto.kb.web.problem.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The problems every read operation can answer, each declared once under
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
				"The API is read-only: only GET and HEAD are allowed",
				"The API is read-only: method POST is not allowed here; use GET or HEAD"),
		NOT_ACCEPTABLE("406", "NotAcceptable", ProblemType.NOT_ACCEPTABLE,
				"The Accept header asks for no media type the resource is served as",
				"This resource is served as application/json; the format parameter or the Accept header asked for none of them"),
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
			return new ApiResponse().description(description)
				.content(new Content().addMediaType(OpenApiSchemas.PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("Problem")).example(example)));
		}

	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		components.addSchemas("Problem", problem());
		for (ProblemResponse problem : ProblemResponse.values()) {
			components.addResponses(problem.component, problem.response());
		}
		openApi.getPaths().values().stream().map(PathItem::getGet).filter(get -> get != null).forEach(operation -> {
			List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
			boolean hasPath = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
			if (operation.getDescription() == null) {
				operation.setDescription(operation.getSummary() + "."
						+ (hasPath ? " An id that names nothing answers 404 with a problem." : ""));
			}
			ApiResponses responses = operation.getResponses();
			for (ProblemResponse problem : ProblemResponse.values()) {
				// Every operation refuses a query parameter it does not take.
				if (problem != ProblemResponse.NOT_FOUND || hasPath) {
					responses.putIfAbsent(problem.status, new ApiResponse().$ref(problem.component));
				}
			}
		});
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
			.required(List.of("type", "title", "status", "detail"));
	}

}
