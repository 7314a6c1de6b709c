package org.csto.kb.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.web.NotFoundException;
import org.csto.kb.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/statements")
@Tag(name = "Statements", description = "What someone said: quotes and reported speech")
class StatementController {

	private final StatementService statements;

	StatementController(StatementService statements) {
		this.statements = statements;
	}

	@GetMapping
	@Operation(operationId = "listStatements", summary = "List the statements",
			description = "Sortable by `date` (undated statements last in either direction).")
	PagedModel<Statement> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(statements.catalog().page(statement -> true, query.pageable(statements.catalog().sorting())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getStatement", summary = "Get a statement")
	Statement get(@Parameter(description = "The statement's id", example = "lavrov-if-armenian-allies-still-interested") @PathVariable String id) {
		return statements.catalog().find(id).orElseThrow(() -> NotFoundException.of("statement", id));
	}

}
