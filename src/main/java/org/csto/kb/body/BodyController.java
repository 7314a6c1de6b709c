package org.csto.kb.body;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@RequestMapping("/api/v1/bodies")
@Tag(name = "Bodies", description = "The CSTO's own organs and forces")
class BodyController {

	private static final CsvColumns<Body> CSV = CsvColumns.of(Body.class);

	private final Bodies bodies;

	BodyController(Bodies bodies) {
		this.bodies = bodies;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listBodies", summary = "List the CSTO's bodies",
			description = "Sortable by `name`. With `Accept: text/csv`, the whole collection as CSV.")
	PagedModel<Body> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(bodies.page(query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listBodies", summary = "List the CSTO's bodies")
	CsvTable listCsv(@ParameterObject PageQuery query) {
		return CSV.table("bodies", bodies.list(query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getBody", summary = "Get one of the CSTO's bodies")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The body's id",
			example = "collective-rapid-reaction-force")
	Body get(@PathVariable String id) {
		return bodies.find(id).orElseThrow(() -> new NotFoundException("body", id));
	}

}
