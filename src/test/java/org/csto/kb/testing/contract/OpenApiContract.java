package org.csto.kb.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The committed {@code docs/openapi.json} as the oracle of every web test: a status,
 * content type or body that it does not declare fails the test.
 * <p>
 * Two libraries share the work. The swagger-request-validator matches a response to its
 * operation, status and content type; but it checks bodies with a draft-4 JSON Schema
 * validator that drops OpenAPI 3.1's {@code type: [string, "null"]} and so passes wrong
 * types and fails nullable references. Bodies are therefore checked by networknt's
 * validator in the OpenAPI 3.1 dialect (JSON Schema 2020-12) against the schema the
 * document declares.
 */
public final class OpenApiContract {

	public static final Path DOCUMENT = Path.of("docs", "openapi.json");

	private static final String BODY_SCHEMA = "validation.response.body.schema";

	private static final String PATH_MISSING = "validation.request.path.missing";

	private static final String UNKNOWN_PATH_SCHEMA = "/components/responses/NotFound/content/application~1problem+json/schema";

	private static OpenApiContract committed;

	private final OpenApiInteractionValidator validator;

	private final String location = DOCUMENT.toUri().toString();

	private final JsonNode document;

	private final SchemaRegistry schemas;

	private OpenApiContract() {
		this.document = JsonMapper.shared().readTree(DOCUMENT.toFile());
		// Clients are told to ignore unknown fields, so the document allows them; the
		// server must not send any.
		document.at("/components/schemas")
			.valueStream()
			.filter(schema -> schema.has("properties") && !schema.has("additionalProperties"))
			.forEach(schema -> ((ObjectNode) schema).put("additionalProperties", false));
		this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				registry -> registry.schemas(Map.of(location, document.toString())));
		this.validator = OpenApiInteractionValidator.createFor(DOCUMENT.toString())
			.withLevelResolver(LevelResolver.create().withLevel(BODY_SCHEMA, ValidationReport.Level.IGNORE).build())
			.withCustomResponseValidation(this::validateBody)
			.build();
	}

	/** The document as committed, read once for the whole test run. */
	private static synchronized OpenApiContract committed() {
		if (committed == null) {
			committed = new OpenApiContract();
		}
		return committed;
	}

	/**
	 * Fails when the response is not one the document declares. Only the API is checked:
	 * HEAD and CORS preflights are no operations of their own, and pages such as the docs
	 * are outside the document.
	 */
	public static ResultMatcher conforms() {
		return result -> {
			String method = result.getRequest().getMethod();
			if (result.getRequest().getRequestURI().startsWith("/api/") && !"HEAD".equals(method)
					&& !"OPTIONS".equals(method)) {
				committed().verify(result);
			}
		};
	}

	private void verify(MvcResult result) throws IOException {
		String method = result.getRequest().getMethod();
		String path = result.getRequest().getRequestURI();
		ValidationReport report = validate(path, result.getResponse());
		if (report.hasErrors()) {
			throw new AssertionError(
					method + " " + path + " answered " + result.getResponse().getStatus() + " in a way " + DOCUMENT
							+ " does not declare:\n" + SimpleValidationReportFormat.getInstance().apply(report));
		}
	}

	/**
	 * Validates a response to a request for the path. Every operation of this read-only
	 * API is a GET; the problems that other methods get (405) are declared on the GET of
	 * the same path. A path the document does not name must answer 404 with the problem
	 * it declares for one.
	 */
	private ValidationReport validate(String path, MockHttpServletResponse response) throws IOException {
		ValidationReport report = validator.validateResponse(path, Request.Method.GET, MockMvcResponse.of(response));
		boolean unknownPath = report.getMessages().stream().anyMatch(message -> PATH_MISSING.equals(message.getKey()));
		if (unknownPath && response.getStatus() == 404 && response.getContentType() != null
				&& MediaType.APPLICATION_PROBLEM_JSON
					.isCompatibleWith(MediaType.parseMediaType(response.getContentType()))) {
			return validateBody(response.getContentAsString(UTF_8), UNKNOWN_PATH_SCHEMA);
		}
		return report;
	}

	/**
	 * The body against the schema the raw document declares, since the parsed model has
	 * its references inlined.
	 */
	private ValidationReport validateBody(Response response, ApiOperation operation) {
		String pointer = "/paths/" + escape(operation.getApiPath().original()) + "/get/responses/"
				+ response.getStatus();
		JsonNode declared = document.at(pointer);
		if (declared.has("$ref")) {
			pointer = declared.get("$ref").asString().substring(1);
			declared = document.at(pointer);
		}
		Optional<MediaType> contentType = response.getContentType().map(MediaType::parseMediaType);
		if (contentType.isEmpty() || !contentType.get().getSubtype().endsWith("json")) {
			return ValidationReport.empty();
		}
		String responsePointer = pointer;
		return declared.path("content")
			.propertyNames()
			.stream()
			.filter(mediaType -> MediaType.parseMediaType(mediaType).isCompatibleWith(contentType.get()))
			.findFirst()
			.map(mediaType -> validateBody(body(response),
					responsePointer + "/content/" + escape(mediaType) + "/schema"))
			.orElseGet(ValidationReport::empty);
	}

	private ValidationReport validateBody(String body, String schemaPointer) {
		List<com.networknt.schema.Error> errors = schemas.getSchema(SchemaLocation.of(location + "#" + schemaPointer))
			.validate(body, InputFormat.JSON);
		return ValidationReport.from(errors.stream()
			.map(error -> ValidationReport.Message.create(BODY_SCHEMA + ".openapi31", error.toString()).build())
			.toList());
	}

	private static String body(Response response) {
		try {
			return response.getResponseBody().isEmpty() ? "" : response.getResponseBody().get().toString(UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

}
