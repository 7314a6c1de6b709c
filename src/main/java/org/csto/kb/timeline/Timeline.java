package org.csto.kb.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.CatalogListener;
import org.csto.kb.catalog.Role;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.event.Event;
import org.csto.kb.event.Events;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statement;
import org.csto.kb.statement.Statements;
import org.springframework.stereotype.Component;

/**
 * The events and the statements in one chronology: oldest first, an event before a
 * statement of its date.
 */
@Component
class Timeline extends Catalog<TimelineEntry> implements CatalogListener {

	private static final Sorting<TimelineEntry> SORTING = new Sorting<TimelineEntry>().byDate("date").byDefault("date");

	/** The roles of the event or statement behind each entry, by the entry's key. */
	private final Map<String, Map<Role, List<Reference>>> roles = new ConcurrentHashMap<>();

	private final Events events;

	private final Statements statements;

	Timeline(Events events, Statements statements) {
		super(Stream.concat(events.all().stream().map(Timeline::entry), statements.all().stream().map(Timeline::entry))
			.toList(), TimelineEntry::key, TimelineEntry::date, SORTING);
		this.events = events;
		this.statements = statements;
		events.all().forEach(event -> roles.put(key(ResourceType.EVENT, event.id()), event.roles()));
		statements.all()
			.forEach(statement -> roles.put(key(ResourceType.STATEMENT, statement.id()), statement.roles()));
	}

	/** The entries of the changed events and statements, as they are now. */
	@Override
	public void changed(Set<ResourceKey> items) {
		List<TimelineEntry> changed = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (ResourceKey item : items) {
			String key = item.type() + "/" + item.id();
			if (item.type().equals(ResourceType.EVENT.key())) {
				events.find(item.id()).ifPresentOrElse(event -> {
					changed.add(entry(event));
					roles.put(key, event.roles());
				}, () -> removed.add(key));
			}
			else if (item.type().equals(ResourceType.STATEMENT.key())) {
				statements.find(item.id()).ifPresentOrElse(statement -> {
					changed.add(entry(statement));
					roles.put(key, statement.roles());
				}, () -> removed.add(key));
			}
		}
		if (!changed.isEmpty() || !removed.isEmpty()) {
			replace(changed, removed);
			removed.forEach(roles::remove);
		}
	}

	private static String key(ResourceType type, String id) {
		return type.key() + "/" + id;
	}

	/** The roles the entry's event or statement gives its parties. */
	Map<Role, List<Reference>> roles(TimelineEntry entry) {
		return roles.get(entry.key());
	}

	private static TimelineEntry entry(Event event) {
		return new TimelineEntry(ResourceType.EVENT, event.id(), event.date(), event.datePrecision(), event.title(),
				event.kind().name(), event.participants(), null, event.parties(), event.citations(), null);
	}

	private static TimelineEntry entry(Statement statement) {
		List<Reference> parties = Stream.concat(Stream.of(statement.speaker()), statement.about().stream())
			.distinct()
			.toList();
		return new TimelineEntry(ResourceType.STATEMENT, statement.id(), statement.date(), statement.datePrecision(),
				statement.text(), statement.kind().name(), List.of(), statement.speaker(), parties,
				statement.citations(), null);
	}

}
