package org.csto.kb.search;

import java.util.Arrays;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.csto.kb.shared.ResourceType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search's {@code type} choices are the registry's resource types, so that a new type
 * is offered in Swagger UI as soon as it can be searched (an annotation would need them
 * as a constant).
 */
@Component
@Order(3)
class SearchTypeChoices implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		PathItem search = openApi.getPaths().get(ResourceType.API + "/search");
		if (search == null || search.getGet() == null || search.getGet().getParameters() == null) {
			return;
		}
		for (Parameter parameter : search.getGet().getParameters()) {
			Schema<?> items = parameter.getSchema() == null ? null : parameter.getSchema().getItems();
			if ("type".equals(parameter.getName()) && items != null) {
				@SuppressWarnings("unchecked")
				Schema<Object> choices = (Schema<Object>) items;
				choices.setEnum(
						Arrays.stream(ResourceType.values()).map(ResourceType::key).map(Object.class::cast).toList());
			}
		}
	}

}
