package org.csto.kb.history;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.ReadModel;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.problem.InvalidParameterException;
import org.csto.kb.web.problem.NotFoundException;
import org.csto.kb.web.problem.ProblemException;
import org.csto.kb.web.problem.ProblemType;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Every item's revisions, and the feed of every published change, for anyone to read. */
@RestController
@Tag(name = "History", description = "Every item's revisions, and the feed of published changes")
class HistoryController {

	/** The most changes one page of the feed holds. */
	static final int MAX_CHANGES = 1000;

	static final int DEFAULT_CHANGES = 100;

	private final History history;

	private final ReadModel readModel;

	private final DeletedItems deleted;

	private final JsonMapper json;

	HistoryController(History history, ReadModel readModel, DeletedItems deleted, JsonMapper json) {
		this.history = history;
		this.readModel = readModel;
		this.deleted = deleted;
		this.json = json;
	}

	@GetMapping(path = ResourceType.API + "/{collection}/{id}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listRevisions", summary = "List an item's revisions",
			description = "Newest first: what made each, who proposed and who published it, when and why. Revision 1 of the seeded data was made by the migrations. A deleted item keeps its history here.")
	@Parameter(name = "collection", in = ParameterIn.PATH, description = "The item's collection", example = "events")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The item's id", example = "csto-founding")
	PagedModel<Revision> revisions(@PathVariable String collection, @PathVariable String id,
			@ParameterObject PageQuery query) {
		Pageable pageable = query.pageable(PageQuery.UNSORTED);
		List<Revision> revisions = history.revisions(item(collection, id));
		if (revisions.isEmpty()) {
			throw new NotFoundException(type(collection).key(), id);
		}
		int from = (int) Math.min(pageable.getOffset(), revisions.size());
		int to = Math.min(from + pageable.getPageSize(), revisions.size());
		return new PagedModel<>(new PageImpl<>(revisions.subList(from, to), pageable, revisions.size()));
	}

	@GetMapping(path = ResourceType.API + "/{collection}/{id}/revisions/{revision}",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getRevision", summary = "Get an item as it was at a revision",
			description = "The item as the API served it at that revision; the latest revision is the item as it is. A revision that deleted the item answers 410.")
	@Parameter(name = "collection", in = ParameterIn.PATH, description = "The item's collection", example = "events")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The item's id", example = "csto-founding")
	@Parameter(name = "revision", in = ParameterIn.PATH, description = "The revision, from 1", example = "1",
			schema = @Schema(type = "integer", minimum = "1"))
	Object revision(@PathVariable String collection, @PathVariable String id, @PathVariable String revision) {
		ResourceKey item = item(collection, id);
		int number = revisionNumber(revision);
		History.Kept kept = history.revision(item, number).orElseThrow(() -> {
			List<Revision> all = history.revisions(item);
			return all.isEmpty() ? new NotFoundException(item.type(), id)
					: new ProblemException(ProblemType.NOT_FOUND,
							ResourceType.fromKey(item.type()).singular() + " '" + item.id() + "' has revisions 1 to "
									+ all.get(0).revision() + "; it has no revision " + number);
		});
		if (kept.revision().action() == Action.DELETE) {
			throw deleted.gone(item.type(), item.id()).orElseThrow();
		}
		if (kept.content() != null) {
			return json.readTree(kept.content());
		}
		return readModel.catalog(ResourceType.fromKey(item.type()))
			.find(item.id())
			.orElseThrow(() -> new NotFoundException(item.type(), id));
	}

	@GetMapping(path = ResourceType.API + "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listChanges", summary = "List the published changes",
			description = "Every published change to every item, in the order of publication, after the one numbered `after`. Follow `next` to keep a copy current: it names the last change of this page, or, at the end of the feed, the same `after` to ask again later.")
	ChangePage changes(@ParameterObject ChangeQuery query) {
		long from = number("after", query.after(), 0, 0, Long.MAX_VALUE);
		int limit = (int) number("size", query.size(), DEFAULT_CHANGES, 1, MAX_CHANGES);
		List<Change> changes = history.changes(from, limit);
		long last = changes.isEmpty() ? from : changes.get(changes.size() - 1).seq();
		return new ChangePage(changes,
				ResourceType.API + "/changes?after=" + last + (query.size() == null ? "" : "&size=" + limit));
	}

	/** Where in the feed to read, and how much: bound as text, to name a bad value. */
	record ChangeQuery(
			@Parameter(description = "The number of the last change already seen; 0 for the first", example = "0",
					schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) String after,
			@Parameter(description = "How many changes, from 1 to " + MAX_CHANGES, example = "100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + MAX_CHANGES,
							defaultValue = "" + DEFAULT_CHANGES)) String size) {
	}

	@Schema(name = "ChangePage", description = "Published changes in order, and where the next ones are")
	record ChangePage(List<Change> content, @Schema(description = "The link to the changes after these",
			example = "/api/v1/changes?after=42") String next) {
	}

	/**
	 * The item a path names: its type by its collection, its id as a client may type it
	 * (a country's alpha-2 code finds its alpha-3 id).
	 */
	private ResourceKey item(String collection, String id) {
		ResourceType type = type(collection);
		ResourceCatalog<?, ?> catalog = readModel.catalog(type);
		return new ResourceKey(type.key(), catalog.canonicalId(id).orElse(id));
	}

	private static ResourceType type(String collection) {
		return ResourceType.ofCollection(collection)
			.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
					"There is no collection '" + collection + "'; the collections with revisions are "
							+ Arrays.stream(ResourceType.values()).map(ResourceType::collection).toList()));
	}

	private static int revisionNumber(String revision) {
		try {
			int number = Integer.parseInt(revision);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidParameterException("revision",
				"The revision must be a whole number from 1; got '" + revision + "'");
	}

	private static long number(String name, String value, long fallback, long min, long max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidParameterException(name, "Parameter '" + name + "' must be a whole number from " + min
				+ (max == Long.MAX_VALUE ? "" : " to " + max) + "; got '" + value + "'");
	}

}
