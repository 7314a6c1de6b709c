package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * A proposed item's schemas: each type's schema as GET returns it, less its read-only
 * fields and with nothing required. A curator sends only what a change needs (a reference
 * needs only its type and id), and what is missing is for the server's checks to name,
 * with a pointer, rather than for a schema to refuse wholesale. {@code anyOf}, not
 * {@code oneOf}: objects without required fields match several drafts at once.
 */
@Component
class DraftSchemas implements OpenApiCustomizer {

	private static final String REF = "#/components/schemas/";

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Schema change = schemas.get("ProposedChange");
		Schema item = change == null ? null : (Schema) change.getProperties().get("item");
		if (item == null || item.getOneOf() == null) {
			return;
		}
		List<Schema> drafts = new ArrayList<>();
		for (Schema read : (List<Schema>) item.getOneOf()) {
			String name = read.get$ref().substring(REF.length());
			String draftName = name.endsWith("Draft") ? name : name + "Draft";
			schemas.put(draftName, draft(schemas.get(name), name));
			drafts.add(new Schema<>().$ref(REF + draftName));
		}
		item.setOneOf(null);
		item.setAnyOf(drafts);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema draft(Schema read, String name) {
		Map<String, Schema> properties = new LinkedHashMap<>();
		((Map<String, Schema>) read.getProperties()).forEach((property, schema) -> {
			if (!Boolean.TRUE.equals(schema.getReadOnly())) {
				properties.put(property, schema);
			}
		});
		Schema draft = new Schema<>();
		draft.setTypes(read.getTypes());
		draft.setType(read.getType());
		draft.setDescription(name.endsWith("Draft") ? read.getDescription()
				: "An item of type " + name + " as proposed: its fields as GET returns them, any of them left out");
		draft.setProperties(properties);
		return draft;
	}

}
