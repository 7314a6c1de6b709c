package org.csto.kb.api;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import org.csto.kb.shared.ResourceType;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Swagger UI lists the tags in the document's order: the collections analysts start from
 * first, each resource type where the registry ranks it, and the API root, which only a
 * client walking the links needs, last.
 */
class TagOrder implements OpenApiCustomizer {

	/** The tags of what is not a resource type, ranked among the types'. */
	private static final Map<String, Integer> OTHER_TAGS = Map.of("Member states", 0, "Timeline", 30, "Search", 40,
			"History", 100, "Curation", 110, "API root", Integer.MAX_VALUE);

	private final Map<String, Integer> ranks = new HashMap<>(OTHER_TAGS);

	TagOrder() {
		for (ResourceType type : ResourceType.values()) {
			ranks.put(type.tag(), type.tagRank());
		}
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getTags() != null) {
			openApi.getTags()
				.sort(Comparator.comparing((Tag tag) -> ranks.getOrDefault(tag.getName(), Integer.MAX_VALUE - 1))
					.thenComparing(Tag::getName));
		}
	}

}
