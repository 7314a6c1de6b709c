package org.csto.kb.statement;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class StatementService {

	private final Catalog<Statement> catalog;

	StatementService(StatementRepository statements, References references, PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions,
				() -> statements.findAllByOrderById().stream().map(statement -> statement.toStatement(references)).toList(),
				Statement::id, Sorting.of(Statement.class).by("date", Statement::when, PartialDate.CHRONOLOGICAL).byDefault("date"));
	}

	public Catalog<Statement> catalog() {
		return catalog;
	}

}
