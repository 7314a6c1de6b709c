package org.csto.kb.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every schema as the JSON really is, for a client generator to trust: Jackson writes
 * every component of the API records, null or not, so every property is required, and one
 * that can be null says so in its type, including the references and enums a generator
 * gets wrong under OpenAPI 3.1. A string's example is its text. A draft (a schema named
 * {@code ...Draft}, what a request proposes) is read, not written, and keeps its fields
 * optional.
 */
class SerializedSchemas implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().getSchemas().forEach((name, schema) -> {
			if (!name.endsWith("Draft")) {
				describeAsSerialized(schema);
			}
		});
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void describeAsSerialized(Schema<?> schema) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((name, property) -> {
			if (property.getTypes() != null && property.getTypes().contains("string") && property.getExample() != null
					&& !(property.getExample() instanceof String)) {
				// The generator reads an example such as "[10]" as JSON.
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

}
