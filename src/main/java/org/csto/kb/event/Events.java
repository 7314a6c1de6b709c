package org.csto.kb.event;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The events, oldest first, undated ones last. */
@Component
public class Events extends Catalog<Event> {

	private static final Sorting<Event> SORTING = Sorting.of(Event.class)
		.byDate("date")
		.byText("title", Event::title)
		.byDefault("date");

	@Autowired
	Events(EventRepository events, References references, PlatformTransactionManager transactions) {
		this(read(transactions, () -> events.findAll().stream().map(event -> event.toEvent(references)).toList()));
	}

	Events(List<Event> events) {
		super(events, Event::id, Event::date, SORTING);
	}

}
