package org.csto.kb.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.web.CsvColumns;
import org.csto.kb.web.CsvMessageConverter;
import org.csto.kb.web.CsvTable;
import org.csto.kb.web.NotFoundException;
import org.csto.kb.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Foundings, agreements, meetings, summits, visits and refusals")
class EventController {

	private static final CsvColumns<Event> CSV = CsvColumns.of(Event.class)
		.column("id", Event::id)
		.column("title", Event::title)
		.column("kind", Event::kind)
		.column("summary", Event::summary)
		.column("date", Event::date)
		.column("datePrecision", Event::datePrecision)
		.column("location", Event::location)
		.references("participants", Event::participants)
		.column("note", Event::note)
		.citations(Event::citations);

	private final EventService events;

	EventController(EventService events) {
		this.events = events;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEvents", summary = "List the events",
			description = "Filterable by date interval and participant. Sortable by `date` (undated events last in either direction) and `title`. With `Accept: text/csv`, the whole filtered collection as CSV.")
	PagedModel<Event> list(@ParameterObject EventFilter filter, @ParameterObject PageQuery query) {
		return new PagedModel<>(events.catalog().page(filter.predicate(), query.pageable(events.catalog().sorting())));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listEvents", summary = "List the events")
	CsvTable listCsv(@ParameterObject EventFilter filter, @ParameterObject PageQuery query) {
		return CSV.table("events", events.catalog().list(filter.predicate(), query.sort(events.catalog().sorting())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEvent", summary = "Get an event")
	Event get(@Parameter(description = "The event's id", example = "csto-founding") @PathVariable String id) {
		return events.catalog().find(id).orElseThrow(() -> NotFoundException.of("event", id));
	}

}
