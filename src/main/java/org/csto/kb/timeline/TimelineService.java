package org.csto.kb.timeline;

import java.util.List;
import java.util.stream.Stream;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.event.EventService;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.StatementService;
import org.springframework.stereotype.Service;

@Service
class TimelineService {

	private final Catalog<TimelineEntry> catalog;

	TimelineService(EventService events, StatementService statements) {
		Sorting<TimelineEntry> sorting = Sorting.of(TimelineEntry.class)
			.by("date", TimelineEntry::when, PartialDate.CHRONOLOGICAL)
			.byDefault("date");
		Stream<TimelineEntry> fromEvents = events.catalog()
			.all()
			.stream()
			.map(event -> new TimelineEntry(ResourceType.EVENT, event.id(), event.date(), event.datePrecision(),
					event.title(), event.participants(), null, event.citations()));
		Stream<TimelineEntry> fromStatements = statements.catalog()
			.all()
			.stream()
			.map(statement -> new TimelineEntry(ResourceType.STATEMENT, statement.id(), statement.date(),
					statement.datePrecision(), statement.text(), List.of(), statement.speaker(), statement.citations()));
		this.catalog = new Catalog<>(Stream.concat(fromEvents, fromStatements).toList(), TimelineEntry::key, sorting);
	}

	Catalog<TimelineEntry> catalog() {
		return catalog;
	}

}
