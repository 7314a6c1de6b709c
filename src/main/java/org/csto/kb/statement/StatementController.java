package org.csto.kb.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.Parties;
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
@RequestMapping("/api/v1/statements")
@Tag(name = "Statements", description = "What someone said: quotes and reported speech")
class StatementController {

	private static final CsvColumns<Statement> CSV = CsvColumns.of(Statement.class);

	private final Statements statements;

	private final Parties parties;

	StatementController(Statements statements, Parties parties) {
		this.statements = statements;
		this.parties = parties;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listStatements", summary = "List the statements",
			description = "Filterable by speaker, by a party spoken `about`, by `involves` for either role, by date interval and by kind. Sortable by `date` (undated statements last in either direction). With `Accept: text/csv`, the whole filtered collection as CSV.")
	PagedModel<Statement> list(@ParameterObject StatementFilter filter, @ParameterObject PageQuery query) {
		return new PagedModel<>(statements.page(filter.parse(parties), query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listStatements", summary = "List the statements")
	CsvTable listCsv(@ParameterObject StatementFilter filter, @ParameterObject PageQuery query) {
		return CSV.table("statements", statements.list(filter.parse(parties), query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getStatement", summary = "Get a statement")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The statement's id",
			example = "lavrov-if-armenian-allies-still-interested")
	Statement get(@PathVariable String id) {
		return statements.find(id).orElseThrow(() -> new NotFoundException("statement", id));
	}

}
