package org.csto.kb.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Role;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.event.Event;
import org.csto.kb.event.Events;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statement;
import org.csto.kb.statement.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The events and the statements in one chronology: oldest first, an event before a
 * statement of its date.
 */
@Component
class Timeline extends Catalog<TimelineEntry> {

	private static final Sorting<TimelineEntry> SORTING = new Sorting<TimelineEntry>().byDate("date").byDefault("date");

	/** The roles of the event or statement behind each entry, by the entry's key. */
	private final Map<String, Map<Role, List<Reference>>> roles;

	@Autowired
	Timeline(Events events, Statements statements) {
		this(events.all(), statements.all());
	}

	private Timeline(List<Event> events, List<Statement> statements) {
		super(Stream.concat(events.stream().map(Timeline::entry), statements.stream().map(Timeline::entry)).toList(),
				TimelineEntry::key, TimelineEntry::date, SORTING);
		Map<String, Map<Role, List<Reference>>> byKey = new HashMap<>();
		events.forEach(event -> byKey.put(ResourceType.EVENT.key() + "/" + event.id(), event.roles()));
		statements
			.forEach(statement -> byKey.put(ResourceType.STATEMENT.key() + "/" + statement.id(), statement.roles()));
		this.roles = Map.copyOf(byKey);
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
