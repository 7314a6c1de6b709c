package org.csto.kb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.problem.InvalidParameterException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Full-text search over every resource and the source passages")
class SearchController {

	/** The resource types a search can be narrowed to, as clients name them. */
	private static final List<String> TYPE_KEYS = Arrays.stream(ResourceType.values()).map(ResourceType::key).toList();

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "search", summary = "Search every resource and the source passages", description = """
			Finds countries, persons, bodies, organizations, events, statements and passages of the source \
			text, best match first. Matching ignores letter case and diacritics, including the stress marks \
			the source prints in Russian (`Коллекти́вные` matches `коллективные`), reduces English and Russian \
			words to their stems (`forces` finds `force`, `силами` finds `силы`), and finds abbreviations \
			(`KSOR`, `КСОР`, `CSTO`). Names also match across scripts: `Пашинян` finds Nikol Pashinyan, `ODKB` finds \
			`ОДКБ`. A resource's own name or abbreviation counts far more than a mention in \
			a description, statement or passage. A statement is also found by its speaker's name.

			The query is plain words; it also understands `"quoted phrases"`, `-excluded` words and phrases \
			(no hit contains them: `CSTO -Armenia`), `prefix*`, `word1 | word2` and `+` for AND (words are \
			joined by OR by default).

			A passage hit has type `source`, the source's id as `id` and the passage number as `passage`. \
			The `snippet` is HTML: the matching text, HTML-escaped, with each match wrapped in \
			`<mark>` and `</mark>`. Hits come by relevance only; there is no `sort` parameter.""")
	@Parameter(name = "q", in = ParameterIn.QUERY, required = true,
			description = "The words to search for: 1 to " + SearchService.MAX_QUERY_LENGTH + " characters, not blank",
			example = "rapid reaction force",
			schema = @Schema(minLength = 1, maxLength = SearchService.MAX_QUERY_LENGTH))
	@Parameter(name = "type", in = ParameterIn.QUERY,
			description = "Only hits of these resource types; repeat the parameter or separate the types by commas. "
					+ "A passage of a source is of type `source`. All types when absent.",
			example = "person,statement", array = @ArraySchema(schema = @Schema(type = "string")))
	PagedModel<SearchHit> search(@RequestParam(required = false) String q,
			@RequestParam(name = "type", required = false) List<String> type, @ParameterObject PageQuery query) {
		if (query.sort() != null && !query.sort().isBlank()) {
			throw new InvalidParameterException("sort",
					"Search hits always come best first; parameter 'sort' is not supported here");
		}
		return new PagedModel<>(search.search(text(q), types(type), query.pageable(new Sorting<SearchHit>())));
	}

	private static String text(String q) {
		if (q == null || q.isBlank()) {
			throw new InvalidParameterException("q", "Parameter 'q' is required and must not be blank");
		}
		if (q.codePointCount(0, q.length()) > SearchService.MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", "Parameter 'q' must be at most " + SearchService.MAX_QUERY_LENGTH
					+ " characters long; got " + q.codePointCount(0, q.length()));
		}
		return q;
	}

	private static List<ResourceType> types(List<String> values) {
		List<ResourceType> types = new ArrayList<>();
		if (values == null) {
			return types;
		}
		for (String value : values) {
			for (String key : value.split(",")) {
				if (key.isBlank()) {
					continue;
				}
				String normalized = key.trim().toLowerCase(Locale.ROOT);
				if (!TYPE_KEYS.contains(normalized)) {
					throw new InvalidParameterException("type",
							"Parameter 'type' takes one or more of " + TYPE_KEYS + "; got '" + key.trim() + "'");
				}
				types.add(ResourceType.fromKey(normalized));
			}
		}
		return types;
	}

}
