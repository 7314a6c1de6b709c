package org.csto.kb.statement;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The statements, oldest first, undated ones last. */
@Component
public class Statements extends Catalog<Statement> {

	private static final Sorting<Statement> SORTING = Sorting.of(Statement.class).byDate("date").byDefault("date");

	@Autowired
	Statements(StatementRepository statements, References references, PlatformTransactionManager transactions) {
		this(read(transactions,
				() -> statements.findAll().stream().map(statement -> statement.toStatement(references)).toList()));
	}

	Statements(List<Statement> statements) {
		super(statements, Statement::id, Statement::date, SORTING);
	}

}
