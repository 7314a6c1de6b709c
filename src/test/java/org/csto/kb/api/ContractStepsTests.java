package org.csto.kb.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step that shapes the OpenAPI document, on a document small enough to read: one
 * collection operation and one item operation, as springdoc would describe them.
 */
class ContractStepsTests {

	record Thing(String id, String name) {
	}

	static class Things extends Catalog<Thing> {

		Things() {
			super(List.of(), Thing::id, new Sorting<Thing>().byText("name", Thing::name));
		}

	}

	@Test
	void pagesAreNamedForWhatTheyHoldWhereverTheyAreUsed() {
		OpenAPI openApi = document();
		new PageSchemas().customise(openApi);

		assertThat(openApi.getComponents().getSchemas()).containsKey("ThingPage").doesNotContainKey("PagedModelThing");
		assertThat(list(openApi).getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/ThingPage");
	}

	@Test
	void everyPropertyIsRequiredAndANullableReferenceSaysSo() {
		Schema<Object> thing = new Schema<>().types(Set.of("object"))
			.addProperty("id", new Schema<>().types(Set.of("string")).example(7))
			.addProperty("owner", new Schema<>().$ref("#/components/schemas/Reference").types(Set.of("null")))
			.addProperty("kind", new Schema<>().types(Set.of("string", "null"))._enum(new ArrayList<>(List.of("A"))));
		SerializedSchemas.describeAsSerialized(thing);

		assertThat(thing.getRequired()).containsExactlyInAnyOrder("id", "owner", "kind");
		assertThat(thing.getProperties().get("id").getExample()).isEqualTo("7");
		assertThat(thing.getProperties().get("owner").getOneOf()).extracting(schema -> ((Schema<?>) schema).get$ref())
			.containsExactly("#/components/schemas/Reference", null);
		assertThat(thing.getProperties().get("kind").getEnum()).containsExactly("A", null);
	}

	@Test
	void aFiltersExampleIsShownNotSentAndTheSortListsWhatTheCatalogTakes() {
		OpenAPI openApi = document();
		new PageSchemas().customise(openApi);
		new QueryParameters(List.of(new Things())).customise(openApi);

		Parameter filter = parameter(list(openApi), "owner");
		assertThat(filter.getExample()).isNull();
		assertThat(filter.getDescription()).isEqualTo("Only things of this owner. Example: `someone`.");
		assertThat(parameter(list(openApi), "sort").getSchema().getEnum()).containsExactly("name,asc", "name,desc");
		assertThat(parameter(list(openApi), "format").getSchema().getEnum()).containsExactly("json", "csv");
		assertThat(parameter(item(openApi), "id").getSchema().getPattern()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
		assertThat(parameter(item(openApi), "id").getExample()).isEqualTo("a-thing");
	}

	@Test
	void everyReadAnswers304ToACurrentTagOnce() {
		OpenAPI openApi = document();
		new ConditionalRequests().customise(openApi);
		new ConditionalRequests().customise(openApi);

		assertThat(item(openApi).getParameters()).extracting(Parameter::get$ref)
			.containsOnlyOnce("#/components/parameters/IfNoneMatch");
		assertThat(item(openApi).getResponses().get("304").get$ref()).isEqualTo("#/components/responses/NotModified");
		assertThat(item(openApi).getResponses().get("200").getHeaders()).containsKey("ETag");
	}

	@Test
	void aNotFoundIsDeclaredOnlyWhereAPathNamesAnId() {
		OpenAPI openApi = document();
		new ProblemResponses().customise(openApi);

		assertThat(list(openApi).getResponses()).containsKeys("400", "405", "406", "500").doesNotContainKey("404");
		assertThat(item(openApi).getResponses()).containsKeys("400", "404", "405", "406", "500");
		assertThat(item(openApi).getDescription())
			.isEqualTo("Get a thing. An id that names nothing answers 404 with a problem.");
		assertThat(openApi.getComponents().getSchemas().get("Problem").getRequired()).containsExactly("type", "title",
				"status", "detail");
	}

	@Test
	void tagsComeAnalystsFirstAndTheApiRootLast() {
		OpenAPI openApi = new OpenAPI()
			.tags(new ArrayList<>(List.of(new Tag().name("API root"), new Tag().name("Countries"),
					new Tag().name("Search"), new Tag().name("Events"), new Tag().name("Member states"))));
		new TagOrder().customise(openApi);

		assertThat(openApi.getTags()).extracting(Tag::getName)
			.containsExactly("Member states", "Events", "Search", "Countries", "API root");
	}

	private static OpenAPI document() {
		Schema<Object> page = new Schema<>()
			.addProperty("content",
					new Schema<>().types(Set.of("array")).items(new Schema<>().$ref("#/components/schemas/Thing")))
			.addProperty("page", new Schema<>().$ref("#/components/schemas/PageMetadata"));
		Operation list = new Operation().summary("List the things")
			.addParametersItem(new Parameter().in("query")
				.name("owner")
				.description("Only things of this owner")
				.example("someone")
				.schema(new Schema<>().types(Set.of("string"))))
			.addParametersItem(new Parameter().in("query").name("sort").schema(new Schema<>().types(Set.of("string"))))
			.responses(
					new ApiResponses()
						.addApiResponse("200",
								new ApiResponse().content(
										new Content()
											.addMediaType("application/json",
													new MediaType().schema(new Schema<>()
														.$ref("#/components/schemas/PagedModelThing")))
											.addMediaType("text/csv",
													new MediaType().schema(new Schema<>().types(Set.of("string")))))));
		Operation item = new Operation().summary("Get a thing")
			.addParametersItem(new Parameter().in("path")
				.name("id")
				.required(true)
				.example("a-thing")
				.schema(new Schema<>().types(Set.of("string"))))
			.responses(new ApiResponses().addApiResponse("200",
					new ApiResponse().content(new Content().addMediaType("application/json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/Thing"))))));
		return new OpenAPI()
			.components(new Components()
				.schemas(new LinkedHashMap<>(Map.of("Thing", new Schema<>(), "PagedModelThing", page, "PageMetadata",
						new Schema<>().addProperty("size", new Schema<>())
							.addProperty("number", new Schema<>())
							.addProperty("totalElements", new Schema<>())
							.addProperty("totalPages", new Schema<>())))))
			.paths(new Paths().addPathItem("/things", new PathItem().get(list))
				.addPathItem("/things/{id}", new PathItem().get(item)));
	}

	private static Operation list(OpenAPI openApi) {
		return openApi.getPaths().get("/things").getGet();
	}

	private static Operation item(OpenAPI openApi) {
		return openApi.getPaths().get("/things/{id}").getGet();
	}

	private static Parameter parameter(Operation operation, String name) {
		return operation.getParameters().stream().filter(one -> name.equals(one.getName())).findFirst().orElseThrow();
	}

}
