package org.csto.kb.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.csto.kb.catalog.Catalog;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * The parameters of every read operation as Swagger UI and a client generator need them:
 * a collection's {@code sort} lists exactly the values its catalog accepts, an optional
 * filter's example is shown rather than sent, an id in a path has its pattern, examples
 * have their schema's type, and a collection served as CSV takes {@code format}.
 */
class QueryParameters implements OpenApiCustomizer {

	static final String FORMAT = "format";

	private static final String SORT = "sort";

	private static final String TEXT_CSV = "text/csv";

	private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	/**
	 * What the ids in paths look like: slugs, and for countries also ISO codes in any
	 * letter case.
	 */
	private static final Map<String, String> PATH_PATTERNS = Map.of("id", "^" + SLUG + "$", "code",
			"^([A-Za-z]{2,3}|" + SLUG + ")$");

	/**
	 * The values each item schema's collection sorts by, from the catalog that serves it.
	 */
	private final Map<String, Set<String>> sortFields;

	QueryParameters(List<? extends Catalog<?>> catalogs) {
		this.sortFields = catalogs.stream().collect(Collectors.toMap(QueryParameters::itemSchema, Catalog::sortFields));
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
		openApi.getPaths().values().stream().map(PathItem::getGet).filter(get -> get != null).forEach(operation -> {
			sortValues(operation, openApi.getComponents());
			List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
			parameters.stream()
				.filter(parameter -> "query".equals(parameter.getIn()))
				.forEach(QueryParameters::exampleInDescription);
			parameters.stream()
				.filter(parameter -> "path".equals(parameter.getIn()) && PATH_PATTERNS.containsKey(parameter.getName()))
				// A schema of its own: springdoc may hand parameters of the same type one
				// shared instance.
				.forEach(parameter -> parameter
					.setSchema(new StringSchema().pattern(PATH_PATTERNS.get(parameter.getName()))));
			parameters.stream()
				.filter(parameter -> parameter.getExample() != null)
				.forEach(QueryParameters::typeExample);
			ApiResponse success = operation.getResponses().get("200");
			boolean servesCsv = success != null && success.getContent() != null
					&& success.getContent().containsKey(TEXT_CSV);
			if (servesCsv && parameters.stream().noneMatch(parameter -> FORMAT.equals(parameter.getName()))) {
				operation.addParametersItem(format());
			}
		});
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
		sort.setSchema(OpenApiSchemas
			.stringEnum(fields.stream().flatMap(field -> Stream.of(field + ",asc", field + ",desc")).toList()));
	}

	/**
	 * The name of the item schema of the page a list operation answers with, or null for
	 * any other.
	 */
	private static String itemSchema(Operation operation, Components components) {
		ApiResponse ok = operation.getResponses().get("200");
		MediaType json = ok == null || ok.getContent() == null ? null : ok.getContent().get(OpenApiSchemas.JSON);
		Schema<?> page = json == null || json.getSchema() == null || json.getSchema().get$ref() == null ? null
				: components.getSchemas().get(OpenApiSchemas.schemaName(json.getSchema().get$ref()));
		Schema<?> content = page == null || page.getProperties() == null ? null : page.getProperties().get("content");
		return content == null || content.getItems() == null || content.getItems().get$ref() == null ? null
				: OpenApiSchemas.schemaName(content.getItems().get$ref());
	}

	/**
	 * Swagger UI fills in every example before Execute. An optional parameter's example
	 * that is not its default (a filter's, say) would narrow that first answer, so it is
	 * shown in the description instead.
	 */
	static void exampleInDescription(Parameter parameter) {
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
	 * Annotation examples are text, which the generator may read as JSON ({@code 2023} as
	 * a number): a parameter's example takes its schema's type, and an array parameter's
	 * example lists its values.
	 */
	static void typeExample(Parameter parameter) {
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
			.schema(OpenApiSchemas.stringEnum(List.of("json", "csv")));
	}

}
