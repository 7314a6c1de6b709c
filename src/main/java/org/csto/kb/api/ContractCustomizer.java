package org.csto.kb.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.csto.kb.catalog.Catalog;
import org.csto.kb.web.problem.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Makes the generated document one that a client generator can trust, for every
 * controller at once: the problems each operation can answer, conditional requests, page
 * schemas named for what they hold, and {@code required} and {@code null} as the JSON
 * really is. Every step leaves an already shaped document as it is, so applying it twice
 * changes nothing.
 */
class ContractCustomizer implements OpenApiCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String PAGED_MODEL = "PagedModel";

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	private static final List<String> TAG_ORDER = List.of("Member states", "Events", "Statements", "Timeline", "Search",
			"Persons", "Bodies", "Organizations", "Countries", "Sources", "API root");

	static final String FORMAT = "format";

	private static final String SORT = "sort";

	private static final String TEXT_CSV = "text/csv";

	/**
	 * What the ids in paths look like: slugs, and for countries also ISO codes in any
	 * letter case.
	 */
	private static final Map<String, String> PATH_PATTERNS = Map.of("id", "^" + SLUG + "$", "code",
			"^([A-Za-z]{2,3}|" + SLUG + ")$");

	/**
	 * The problems an operation can answer, each declared once under
	 * {@code components.responses}.
	 */
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
				.content(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("Problem")).example(example)));
		}

		ApiResponse reference() {
			return new ApiResponse().$ref(component);
		}

	}

	/**
	 * The values each item schema's collection sorts by, from the catalog that serves it.
	 */
	private final Map<String, Set<String>> sortFields;

	ContractCustomizer(List<? extends Catalog<?>> catalogs) {
		this.sortFields = catalogs.stream()
			.collect(Collectors.toMap(ContractCustomizer::itemSchema, Catalog::sortFields));
	}

	/**
	 * The schema name springdoc gives a catalog's item type: its {@code @Schema(name)},
	 * else its simple name.
	 */
	private static String itemSchema(Catalog<?> catalog) {
		Class<?> item = ResolvableType.forClass(ClassUtils.getUserClass(catalog)).as(Catalog.class).resolveGeneric(0);
		io.swagger.v3.oas.annotations.media.Schema schema = item
			.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
		return schema == null || schema.name().isEmpty() ? item.getSimpleName() : schema.name();
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		renamePages(openApi, components);
		components.getSchemas().values().forEach(ContractCustomizer::describeAsSerialized);
		components.addSchemas("Problem", problem());
		for (ProblemResponse problem : ProblemResponse.values()) {
			components.addResponses(problem.component, problem.response());
		}
		components.addResponses("NotModified",
				new ApiResponse()
					.description("The representation has not changed since the one whose `ETag` the request sent in "
							+ "`If-None-Match`; no body")
					.addHeaderObject("ETag", new Header().$ref("ETag")));
		components.addHeaders("ETag",
				new Header()
					.description(
							"A strong validator of the representation; send it back in `If-None-Match` to revalidate")
					.schema(string().example("\"5d41402abc4b2a76b9719d911017c592\"")));
		components.addParameters("IfNoneMatch", new Parameter().in("header")
			.name("If-None-Match")
			// No example: Swagger UI would send it with every Execute.
			.description("The `ETag` of a representation the client holds; when it is still current the answer is "
					+ "304 with no body. Example: `\"5d41402abc4b2a76b9719d911017c592\"`.")
			.required(false)
			.schema(string().maxLength(1024)));
		openApi.getPaths().values().stream().map(PathItem::getGet).filter(get -> get != null).forEach(operation -> {
			sortValues(operation, components);
			declare(operation);
		});
		if (openApi.getTags() != null) {
			openApi.getTags().sort(Comparator.comparing(ContractCustomizer::tagRank).thenComparing(Tag::getName));
		}
	}

	/**
	 * Swagger UI lists the tags in the document's order: the collections analysts start
	 * from first, the API root, which only a client walking the links needs, last.
	 */
	private static int tagRank(Tag tag) {
		int rank = TAG_ORDER.indexOf(tag.getName());
		return rank < 0 ? TAG_ORDER.size() - 1 : rank;
	}

	/**
	 * A collection's {@code sort} lists exactly the values its catalog accepts, so that
	 * Swagger UI offers a choice and a generated client a union type; hits of a search
	 * come best first, and have no {@code sort}.
	 */
	private void sortValues(Operation operation, Components components) {
		Parameter sort = operation.getParameters() == null ? null
				: operation.getParameters()
					.stream()
					.filter(parameter -> SORT.equals(parameter.getName()))
					.findFirst()
					.orElse(null);
		if (sort == null) {
			return;
		}
		Set<String> fields = sortFields.get(itemSchema(operation, components));
		if (fields == null) {
			operation.getParameters().remove(sort);
			return;
		}
		sort.setExample(null);
		sort.setSchema(string()._enum(fields.stream()
			.flatMap(field -> Stream.of(field + ",asc", field + ",desc"))
			.map(Object.class::cast)
			.toList()));
	}

	/**
	 * The name of the item schema of the page a list operation answers with, or null for
	 * any other.
	 */
	private static String itemSchema(Operation operation, Components components) {
		ApiResponse ok = operation.getResponses().get("200");
		MediaType json = ok == null || ok.getContent() == null ? null
				: ok.getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
		Schema<?> page = json == null || json.getSchema() == null || json.getSchema().get$ref() == null ? null
				: components.getSchemas().get(schemaName(json.getSchema().get$ref()));
		Schema<?> content = page == null || page.getProperties() == null ? null : page.getProperties().get("content");
		return content == null || content.getItems() == null || content.getItems().get$ref() == null ? null
				: schemaName(content.getItems().get$ref());
	}

	private static String schemaName(String ref) {
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	/**
	 * Swagger UI fills in every example before Execute. An optional parameter's example
	 * that is not its default (a filter's, say) would narrow that first answer, so it is
	 * shown in the description instead.
	 */
	private static void exampleInDescription(Parameter parameter) {
		Object example = parameter.getExample();
		Object fallback = parameter.getSchema() == null ? null : parameter.getSchema().getDefault();
		if (Boolean.TRUE.equals(parameter.getRequired()) || example == null
				|| (fallback != null && fallback.toString().equals(example.toString()))) {
			return;
		}
		String text = example instanceof List<?> list
				? list.stream().map(Object::toString).collect(Collectors.joining(",")) : example.toString();
		String description = parameter.getDescription() == null ? "" : parameter.getDescription().strip();
		parameter.setDescription((description.endsWith(".") || description.isEmpty() ? description : description + ".")
				+ " Example: `" + text + "`.");
		parameter.setExample(null);
	}

	/**
	 * Every problem the operation can answer, conditional requests, and a description
	 * where none is given.
	 */
	private void declare(Operation operation) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		parameters.stream()
			.filter(parameter -> "query".equals(parameter.getIn()))
			.forEach(ContractCustomizer::exampleInDescription);
		boolean hasPath = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
		parameters.stream()
			.filter(parameter -> "path".equals(parameter.getIn()) && PATH_PATTERNS.containsKey(parameter.getName()))
			// A schema of its own: springdoc may hand parameters of the same type one
			// shared instance.
			.forEach(parameter -> parameter
				.setSchema(new StringSchema().pattern(PATH_PATTERNS.get(parameter.getName()))));
		parameters.stream()
			.filter(parameter -> parameter.getExample() != null)
			.forEach(ContractCustomizer::typeExample);
		if (operation.getDescription() == null) {
			operation.setDescription(operation.getSummary() + "."
					+ (hasPath ? " An id that names nothing answers 404 with a problem." : ""));
		}
		ApiResponse success = operation.getResponses().get("200");
		boolean servesCsv = success != null && success.getContent() != null
				&& success.getContent().containsKey(TEXT_CSV);
		if (servesCsv && parameters.stream().noneMatch(parameter -> FORMAT.equals(parameter.getName()))) {
			operation.addParametersItem(format());
		}
		if (parameters.stream()
			.noneMatch(parameter -> "#/components/parameters/IfNoneMatch".equals(parameter.get$ref()))) {
			operation.addParametersItem(new Parameter().$ref("IfNoneMatch"));
		}
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
			ok.addHeaderObject("ETag", new Header().$ref("ETag"));
		}
		responses.putIfAbsent("304", new ApiResponse().$ref("NotModified"));
		for (ProblemResponse problem : ProblemResponse.values()) {
			// Every operation refuses a query parameter it does not take.
			boolean applies = problem != ProblemResponse.NOT_FOUND || hasPath;
			if (applies) {
				responses.putIfAbsent(problem.status, problem.reference());
			}
		}
	}

	/**
	 * The Accept header as a query parameter, for spreadsheets and links (see
	 * {@code spring.mvc.contentnegotiation}).
	 */
	private static Parameter format() {
		return new Parameter().in("query")
			.name(FORMAT)
			.required(false)
			.description(
					"""
							`csv` for the whole filtered collection as one CSV file (no paging), `json` for a page of JSON: \
							the same as `Accept: text/csv` or `Accept: application/json`, for clients that cannot set a header, \
							such as a spreadsheet's `IMPORTDATA(url)` or a plain link. It takes precedence over `Accept`; \
							any other value is a 400 problem. Example: `/api/v1/member-states?format=csv`.""")
			.schema(string()._enum(List.of("json", "csv")));
	}

	/**
	 * Annotation examples are text, which the generator may read as JSON ({@code 2023} as
	 * a number): a parameter's example takes its schema's type, and an array parameter's
	 * example lists its values.
	 */
	private static void typeExample(Parameter parameter) {
		Schema<?> schema = parameter.getSchema();
		String text = parameter.getExample().toString();
		if (schema == null || schema.getTypes() == null) {
			return;
		}
		switch (schema.getTypes().iterator().next()) {
			case "string" -> parameter.setExample(text);
			case "array" ->
				parameter.setExample(parameter.getExample() instanceof List<?> list ? list : List.of(text.split(",")));
			default -> {
			}
		}
	}

	/**
	 * Spring Data's {@code PagedModelEvent} becomes {@code EventPage}, described,
	 * wherever it is used.
	 */
	private static void renamePages(OpenAPI openApi, Components components) {
		Map<String, String> renamed = new LinkedHashMap<>();
		for (String name : List.copyOf(components.getSchemas().keySet())) {
			if (name.startsWith(PAGED_MODEL) && name.length() > PAGED_MODEL.length()) {
				String item = name.substring(PAGED_MODEL.length());
				Schema<?> page = components.getSchemas().remove(name);
				page.setDescription("One page of " + item + " items, in the requested order, with the paging metadata");
				page.getProperties().get("content").setDescription("The items on this page; empty past the last page");
				page.getProperties().get("page").setDescription("Where this page lies in the whole collection");
				components.addSchemas(item + "Page", page);
				renamed.put("#/components/schemas/" + name, "#/components/schemas/" + item + "Page");
			}
		}
		openApi.getPaths()
			.values()
			.forEach(path -> path.readOperations()
				.forEach(operation -> operation.getResponses()
					.values()
					.stream()
					.filter(response -> response.getContent() != null)
					.flatMap(response -> response.getContent().values().stream())
					.map(MediaType::getSchema)
					.filter(schema -> schema != null && renamed.containsKey(schema.get$ref()))
					.forEach(schema -> schema.set$ref(renamed.get(schema.get$ref())))));
		Schema<?> metadata = components.getSchemas().get("PageMetadata");
		if (metadata != null) {
			metadata.setDescription("Where a page lies in the whole collection");
			describe(metadata, "size", "The page size: the most items a page holds", 20);
			describe(metadata, "number", "The page number, counted from 0", 0);
			describe(metadata, "totalElements", "How many items the whole collection holds", 6);
			describe(metadata, "totalPages", "How many pages of this size the collection fills", 1);
		}
	}

	private static void describe(Schema<?> schema, String property, String description, Object example) {
		schema.getProperties().get(property).description(description).example(example);
	}

	/**
	 * Jackson writes every component of the API records, null or not, so every property
	 * is required; one that can be null says so in its type, including the references and
	 * enums the generator gets wrong under 3.1.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describeAsSerialized(Schema<?> schema) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((name, property) -> {
			if (property.getTypes() != null && property.getTypes().contains("string") && property.getExample() != null
					&& !(property.getExample() instanceof String)) {
				// The generator reads an example such as "[10]" as JSON; a string's
				// example is its text.
				property.setExample(property.getExample().toString());
			}
			if (!nullable(property)) {
				return property;
			}
			if (property.get$ref() != null) {
				return new Schema<>().description(property.getDescription())
					.oneOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
			}
			if (property.getEnum() != null && !property.getEnum().contains(null)) {
				property.getEnum().add(null);
			}
			return property;
		});
		if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
			schema.setRequired(new ArrayList<>(properties.keySet()));
		}
	}

	private static boolean nullable(Schema<?> schema) {
		return schema.getTypes() != null && schema.getTypes().contains("null");
	}

	/** RFC 9457 problem details, as {@link ProblemHandler} writes them. */
	private static Schema<?> problem() {
		return new Schema<>().types(Set.of("object"))
			.description("An RFC 9457 problem: what went wrong, and what the client can change")
			.addProperty("type",
					string().format("uri-reference")
						.description("The kind of problem: one of the documented /problems/... URIs")
						.example("/problems/not-found"))
			.addProperty("title", string().description("A short summary of the kind of problem").example("Not found"))
			.addProperty("status",
					new Schema<>().types(Set.of("integer"))
						.format("int32")
						.minimum(java.math.BigDecimal.valueOf(400))
						.maximum(java.math.BigDecimal.valueOf(599))
						.description("The HTTP status code")
						.example(404))
			.addProperty("detail",
					string().description("What went wrong with this request, and what is accepted instead")
						.example("No event has the id 'csto-refounding'"))
			.addProperty("instance",
					string().format("uri-reference")
						.description("The path the request was for")
						.example("/api/v1/events/csto-refounding"))
			.addProperty("parameter",
					string().description("On a 400, the query parameter whose value is not accepted").example("size"))
			.required(List.of("type", "title", "status", "detail"));
	}

	private static Schema<Object> string() {
		return new Schema<>().types(Set.of("string"));
	}

}
