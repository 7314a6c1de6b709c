package org.csto.kb.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Conditional requests on every public read operation: its 200 carries a strong
 * {@code ETag}, it takes {@code If-None-Match}, and answers {@code 304} when the tag is
 * current. What an account reads (its proposals) is never stored, and has no tag.
 */
class ConditionalRequests implements OpenApiCustomizer {

	private static final String IF_NONE_MATCH = "#/components/parameters/IfNoneMatch";

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		components.addResponses("NotModified",
				new ApiResponse()
					.description("The representation has not changed since the one whose `ETag` the request sent in "
							+ "`If-None-Match`; no body")
					.addHeaderObject("ETag", new Header().$ref("ETag")));
		components.addHeaders("ETag",
				new Header()
					.description(
							"A strong validator of the representation; send it back in `If-None-Match` to revalidate")
					.schema(OpenApiSchemas.string().example("\"5d41402abc4b2a76b9719d911017c592\"")));
		components.addParameters("IfNoneMatch", new Parameter().in("header")
			.name("If-None-Match")
			// No example: Swagger UI would send it with every Execute.
			.description("The `ETag` of a representation the client holds; when it is still current the answer is "
					+ "304 with no body. Example: `\"5d41402abc4b2a76b9719d911017c592\"`.")
			.required(false)
			.schema(OpenApiSchemas.string().maxLength(1024)));
		openApi.getPaths()
			.values()
			.stream()
			.map(PathItem::getGet)
			.filter(get -> get != null && (get.getSecurity() == null || get.getSecurity().isEmpty()))
			.forEach(operation -> {
				if (operation.getParameters() == null || operation.getParameters()
					.stream()
					.noneMatch(parameter -> IF_NONE_MATCH.equals(parameter.get$ref()))) {
					operation.addParametersItem(new Parameter().$ref("IfNoneMatch"));
				}
				ApiResponse ok = operation.getResponses().get("200");
				if (ok != null && (ok.getHeaders() == null || !ok.getHeaders().containsKey("ETag"))) {
					ok.addHeaderObject("ETag", new Header().$ref("ETag"));
				}
				operation.getResponses().putIfAbsent("304", new ApiResponse().$ref("NotModified"));
			});
	}

}
