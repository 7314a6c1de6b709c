package org.csto.kb.event;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class EventService {

	private final Catalog<Event> catalog;

	EventService(EventRepository events, References references, PlatformTransactionManager transactions) {
		Sorting<Event> sorting = Sorting.of(Event.class)
			.by("date", Event::when, PartialDate.CHRONOLOGICAL)
			.byText("title", Event::title).byDefault("date");
		this.catalog = Catalog.prepare(transactions,
				() -> events.findAllByOrderById().stream().map(event -> event.toEvent(references)).toList(), Event::id,
				sorting);
	}

	public Catalog<Event> catalog() {
		return catalog;
	}

}
