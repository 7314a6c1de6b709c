package org.csto.kb.event;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.EntityStore;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The events, oldest first, undated ones last, each shown with the statements said at it
 * or about it.
 */
@Component
public class Events extends ResourceCatalog<Event, Event> {

	private static final Shape<Event, Event> SHAPE = new Shape<>(ResourceType.EVENT, Event.class, Event::id,
			Event::title, Event::date,
			new Sorting<Event>().byDate("date").byText("title", Event::title).byDefault("date"));

	/** The parties an event's roles may name. */
	private static final ResourceType[] PARTIES = { ResourceType.COUNTRY, ResourceType.ORGANIZATION, ResourceType.BODY,
			ResourceType.PERSON };

	private final Statements statements;

	/**
	 * The names of the places events happened at, in lower case, for the place filter.
	 */
	private volatile Set<String> placeNames;

	@Autowired
	Events(EventRepository events, References references, Statements statements,
			PlatformTransactionManager transactions) {
		this(new EntityStore<>(events, EventEntity::new, event -> event.toEvent(references), transactions), statements);
	}

	private Events(EntityStore<EventEntity, Event, Event> store, Statements statements) {
		super(SHAPE, store, store.all());
		this.statements = statements;
		this.placeNames = placeNames(all());
	}

	Events(List<Event> events, Statements statements) {
		super(SHAPE, null, events);
		this.statements = statements;
		this.placeNames = placeNames(events);
	}

	@Override
	public synchronized void replace(Collection<Event> changed, Collection<String> removed) {
		super.replace(changed, removed);
		placeNames = placeNames(all());
	}

	private static Set<String> placeNames(List<Event> events) {
		return events.stream()
			.flatMap(event -> event.places().stream())
			.map(place -> place.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	protected Event shown(Event event) {
		return event.said(statements.saidAt(event.id()));
	}

	@Override
	public List<SearchText> searchTexts(Event event) {
		return List.of(SearchText.titled(event.title())
			.text(event.summary())
			.context(event.places().stream().map(Place::name).toList()));
	}

	@Override
	public void check(String id, Event draft, boolean created, Checks checks) {
		checks.required("title", draft.title());
		checks.length("title", draft.title(), 255);
		checks.required("kind", draft.kind());
		checks.required("summary", draft.summary());
		checks.length("summary", draft.summary(), 2000);
		checks.length("note", draft.note(), 2000);
		checks.date("date", draft.date(), "datePrecision", draft.datePrecision());
		checks.referToAll("participants", draft.participants(), PARTIES);
		checks.referToAll("concerns", draft.concerns(), PARTIES);
		checks.refersTo("during", draft.during(), ResourceType.EVENT);
		for (int i = 0; i < draft.places().size(); i++) {
			checks.at("/places/" + i).required("name", draft.places().get(i).name());
			checks.at("/places/" + i).refersTo("country", draft.places().get(i).country(), ResourceType.COUNTRY);
		}
	}

	/** Whether some event happened at a place of this name, in any letter case. */
	boolean happenedAt(String placeName) {
		return placeNames.contains(placeName.trim().toLowerCase(Locale.ROOT));
	}

}
