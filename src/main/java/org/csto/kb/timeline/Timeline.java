package org.csto.kb.timeline;

import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.event.Events;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statements;
import org.springframework.stereotype.Component;

/**
 * The events and the statements in one chronology: oldest first, an event before a
 * statement of its date.
 */
@Component
class Timeline extends Catalog<TimelineEntry> {

	private static final Sorting<TimelineEntry> SORTING = Sorting.of(TimelineEntry.class)
		.byDate("date")
		.byDefault("date");

	Timeline(Events events, Statements statements) {
		super(Stream.concat(
				events.all()
					.stream()
					.map(event -> new TimelineEntry(ResourceType.EVENT, event.id(), event.date(), event.datePrecision(),
							event.title(), event.participants(), null, event.citations())),
				statements.all()
					.stream()
					.map(statement -> new TimelineEntry(ResourceType.STATEMENT, statement.id(), statement.date(),
							statement.datePrecision(), statement.text(), List.of(), statement.speaker(),
							statement.citations())))
			.toList(), TimelineEntry::key, TimelineEntry::date, SORTING);
	}

}
