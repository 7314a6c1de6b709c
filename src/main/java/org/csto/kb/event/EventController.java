package org.csto.kb.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.Parties;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.csto.kb.web.problem.NotFoundException;
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

	private static final CsvColumns<Event> CSV = CsvColumns.of(Event.class);

	private final Events events;

	private final Parties parties;

	EventController(Events events, Parties parties) {
		this.events = events;
		this.parties = parties;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listEvents", summary = "List the events",
			description = "Filterable by date interval and by the role a party plays: `participant` (took part), `place`, `concerns`, or `involves` for any role. Sortable by `date` (undated events last in either direction) and `title`. With `Accept: text/csv`, the whole filtered collection as CSV.")
	PagedModel<Event> list(@ParameterObject EventFilter filter, @ParameterObject PageQuery query) {
		return new PagedModel<>(events.page(filter.parse(parties, events), query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listEvents", summary = "List the events")
	CsvTable listCsv(@ParameterObject EventFilter filter, @ParameterObject PageQuery query) {
		return CSV.table("events", events.list(filter.parse(parties, events), query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEvent", summary = "Get an event")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The event's id", example = "csto-founding")
	Event get(@PathVariable String id) {
		return events.find(id).orElseThrow(() -> new NotFoundException("event", id));
	}

}
