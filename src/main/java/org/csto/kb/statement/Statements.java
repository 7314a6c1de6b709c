package org.csto.kb.statement;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The statements, oldest first, undated ones last. */
@Component
public class Statements extends ResourceCatalog<Statement> {

	private static final Sorting<Statement> SORTING = new Sorting<Statement>().byDate("date").byDefault("date");

	@Autowired
	Statements(StatementRepository statements, References references, PlatformTransactionManager transactions) {
		this(read(transactions,
				() -> statements.findAll().stream().map(statement -> statement.toStatement(references)).toList()));
	}

	Statements(List<Statement> statements) {
		super(ResourceType.STATEMENT, statements, Statement::id, Statement::text, Statement::date, SORTING);
	}

	@Override
	public List<SearchText> searchTexts(Statement statement) {
		return List.of(SearchText.said(statement.speaker().name(), statement.text()));
	}

	/** The statements said at or about each event, by the event's id, in date order. */
	public Map<String, List<Reference>> byEvent() {
		return all().stream()
			.filter(statement -> statement.event() != null)
			.collect(Collectors.groupingBy(statement -> statement.event().id(),
					Collectors.mapping(this::reference, Collectors.toList())));
	}

}
