package org.csto.kb.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Spring Data's {@code PagedModelEvent} becomes {@code EventPage}, described, wherever it
 * is used, and the page metadata says what each number means. First, so that the other
 * customizers see the pages by their final names.
 */
class PageSchemas implements OpenApiCustomizer {

	private static final String PAGED_MODEL = "PagedModel";

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
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

}
