package org.csto.kb.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.statement.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The events, oldest first, undated ones last. */
@Component
public class Events extends ResourceCatalog<Event> {

	private static final Sorting<Event> SORTING = new Sorting<Event>().byDate("date")
		.byText("title", Event::title)
		.byDefault("date");

	/**
	 * The names of the places events happened at, in lower case, for the place filter.
	 */
	private final Set<String> placeNames;

	@Autowired
	Events(EventRepository events, References references, Statements statements,
			PlatformTransactionManager transactions) {
		this(read(transactions, () -> {
			Map<String, List<Reference>> said = statements.byEvent();
			return events.findAll()
				.stream()
				.map(event -> event.toEvent(references, said.getOrDefault(event.id(), List.of())))
				.toList();
		}));
	}

	Events(List<Event> events) {
		super(ResourceType.EVENT, events, Event::id, Event::title, Event::date, SORTING);
		this.placeNames = events.stream()
			.flatMap(event -> event.places().stream())
			.map(place -> place.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public List<SearchText> searchTexts(Event event) {
		return List.of(SearchText.titled(event.title())
			.text(event.summary())
			.context(event.places().stream().map(Place::name).toList()));
	}

	/** Whether some event happened at a place of this name, in any letter case. */
	boolean happenedAt(String placeName) {
		return placeNames.contains(placeName.trim().toLowerCase(Locale.ROOT));
	}

}
