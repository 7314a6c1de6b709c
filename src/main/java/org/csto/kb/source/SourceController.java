package org.csto.kb.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CitationIndex;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.csto.kb.web.problem.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@Tag(name = "Sources", description = "The source documents, each with its numbered passages")
class SourceController {

	private static final CsvColumns<Source> CSV = CsvColumns.of(Source.class)
		.with("passages", source -> source.passages().size());

	private final Sources sources;

	private final CitationIndex citations;

	SourceController(Sources sources, CitationIndex citations) {
		this.sources = sources;
		this.citations = citations;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listSources", summary = "List the source documents",
			description = "Every source document with its passages. Sortable by `title`. With `Accept: text/csv`, the whole collection as CSV.")
	PagedModel<Source> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(sources.page(query).map(source -> source.citedAs(citations)));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listSources", summary = "List the source documents")
	CsvTable listCsv(@ParameterObject PageQuery query) {
		return CSV.table("sources", sources.list(query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSource", summary = "Get a source document with its passages")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The source's id", example = "csto-wikipedia-extract")
	Source get(@PathVariable String id) {
		return sources.find(id)
			.map(source -> source.citedAs(citations))
			.orElseThrow(() -> new NotFoundException("source", id));
	}

	@GetMapping("/{id}/passages/{number}")
	@Operation(operationId = "getPassage", summary = "Get one passage of a source document",
			description = "The passage a citation points at, by its number.")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The source's id", example = "csto-wikipedia-extract")
	@Parameter(name = "number", in = ParameterIn.PATH, description = "The passage number, from 1", example = "4",
			schema = @Schema(type = "integer", minimum = "1"))
	Passage passage(@PathVariable String id, @PathVariable String number) {
		Source source = get(id);
		return source.passages()
			.stream()
			.filter(passage -> String.valueOf(passage.number()).equals(number))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("passage of source " + id, number));
	}

}
