package org.csto.kb.statement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.Quotes;
import org.csto.kb.catalog.EntityStore;
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
public class Statements extends ResourceCatalog<Statement, Statement> {

	private static final Shape<Statement, Statement> SHAPE = new Shape<>(ResourceType.STATEMENT, Statement.class,
			Statement::id, Statement::text, Statement::date, new Sorting<Statement>().byDate("date").byDefault("date"));

	/** The parties a statement may be made by, or speak of. */
	private static final ResourceType[] PARTIES = { ResourceType.COUNTRY, ResourceType.ORGANIZATION, ResourceType.BODY,
			ResourceType.PERSON };

	/** The statements said at or about each event, by the event's id, in date order. */
	private volatile Map<String, List<Reference>> byEvent;

	@Autowired
	Statements(StatementRepository statements, References references, PlatformTransactionManager transactions) {
		this(new EntityStore<>(statements, StatementEntity::new, statement -> statement.toStatement(references),
				transactions));
	}

	private Statements(EntityStore<StatementEntity, Statement, Statement> store) {
		super(SHAPE, store, store.all());
		this.byEvent = byEvent();
	}

	/** A catalog of these statements alone, which no publication changes: a test's. */
	public Statements(List<Statement> statements) {
		super(SHAPE, null, statements);
		this.byEvent = byEvent();
	}

	@Override
	public synchronized void replace(Collection<Statement> changed, Collection<String> removed) {
		super.replace(changed, removed);
		byEvent = byEvent();
	}

	private Map<String, List<Reference>> byEvent() {
		return all().stream()
			.filter(statement -> statement.event() != null)
			.collect(Collectors.groupingBy(statement -> statement.event().id(),
					Collectors.mapping(this::reference, Collectors.toList())));
	}

	/** The statements said at or about an event, in date order. */
	public List<Reference> saidAt(String event) {
		return byEvent.getOrDefault(event, List.of());
	}

	@Override
	public List<SearchText> searchTexts(Statement statement) {
		return List.of(SearchText.said(statement.speaker().name(), statement.text()));
	}

	@Override
	public void check(String id, Statement draft, boolean created, Checks checks) {
		checks.required("text", draft.text());
		checks.length("text", draft.text(), 2000);
		checks.length("note", draft.note(), 2000);
		checks.required("kind", draft.kind());
		checks.required("speaker", draft.speaker());
		checks.refersTo("speaker", draft.speaker(), PARTIES);
		checks.referToAll("about", draft.about(), PARTIES);
		checks.refersTo("event", draft.event(), ResourceType.EVENT);
		checks.date("date", draft.date(), "datePrecision", draft.datePrecision());
		if (draft.kind() == StatementKind.QUOTE && draft.text() != null && draft.citations()
			.stream()
			.noneMatch(citation -> Quotes.normalized(citation.quote()).contains(Quotes.normalized(draft.text())))) {
			checks.fail("/text", "a QUOTE is the speaker's own words, verbatim: one of its citations must quote them");
		}
	}

}
