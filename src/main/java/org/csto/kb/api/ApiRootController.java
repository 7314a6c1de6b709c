package org.csto.kb.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.source.SourceText;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The API's entry points: a constant index of the collections, and {@code /} leading to
 * the docs.
 */
@RestController
@Tag(name = "API root", description = "The index of the collections and the data version")
class ApiRootController {

	private static final String BASE = ResourceType.API;

	private final ApiIndex index;

	ApiRootController() {
		Map<String, String> links = new LinkedHashMap<>();
		links.put("member-states", BASE + "/member-states");
		for (ResourceType type : ResourceType.values()) {
			links.put(type.collection(), type.path());
		}
		links.put("timeline", BASE + "/timeline");
		links.put("search", BASE + "/search");
		links.put("openapi", "/v3/api-docs");
		links.put("docs", "/swagger-ui.html");
		links.put("explorer", "/explore");
		this.index = new ApiIndex("CSTO knowledge base API", "v1", SourceText.dataVersion(), links);
	}

	@GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getApiRoot", summary = "The API root",
			description = "The links to every collection and the data version: the SHA-256 of the source text the data is built from.")
	ApiIndex root() {
		return index;
	}

	@Hidden
	@GetMapping("/")
	RedirectView docs() {
		return new RedirectView("/swagger-ui.html");
	}

	@Schema(name = "ApiIndex", description = "The API root: links to the collections and the data version")
	record ApiIndex(@Schema(example = "CSTO knowledge base API") String name, @Schema(example = "v1") String version,
			@Schema(description = "SHA-256 of the source text the data is built from") String dataVersion,
			@Schema(description = "Collection name to its path") Map<String, String> links) {
	}

}
