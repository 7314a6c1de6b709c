package org.csto.kb.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.http.DataVersion;
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

	private final Map<String, String> links;

	private final DataVersion data;

	ApiRootController(DataVersion data) {
		this.data = data;
		Map<String, String> links = new LinkedHashMap<>();
		links.put("member-states", BASE + "/member-states");
		for (ResourceType type : ResourceType.values()) {
			links.put(type.collection(), type.path());
		}
		links.put("timeline", BASE + "/timeline");
		links.put("search", BASE + "/search");
		links.put("changes", BASE + "/changes");
		links.put("openapi", "/v3/api-docs");
		links.put("docs", "/swagger-ui.html");
		links.put("explorer", "/explore");
		this.links = Collections.unmodifiableMap(links);
	}

	@GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getApiRoot", summary = "The API root",
			description = "The links to every collection and the data version: the SHA-256 of the source text the data is built from, followed, once anything is published, by a dot and the number of the last published change.")
	ApiIndex root() {
		return new ApiIndex("CSTO knowledge base API", "v1", data.value(), links);
	}

	@Hidden
	@GetMapping("/")
	RedirectView docs() {
		return new RedirectView("/swagger-ui.html");
	}

	@Schema(name = "ApiIndex", description = "The API root: links to the collections and the data version")
	record ApiIndex(@Schema(example = "CSTO knowledge base API") String name, @Schema(example = "v1") String version,
			@Schema(description = "SHA-256 of the source text the data is built from and, once anything is published, a dot and the number of the last published change",
					example = "0f4d0c5e3c2a9b7d8e1f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d.3") String dataVersion,
			@Schema(description = "Collection name to its path") Map<String, String> links) {
	}

}
