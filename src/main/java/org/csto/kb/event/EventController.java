package org.csto.kb.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.web.NotFoundException;
import org.csto.kb.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Foundings, agreements, meetings, summits, visits and refusals")
class EventController {

	private final EventService events;

	EventController(EventService events) {
		this.events = events;
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List the events",
			description = "Sortable by `date` (undated events last in either direction) and `title`.")
	PagedModel<Event> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(events.catalog().page(event -> true, query.pageable(events.catalog().sorting())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEvent", summary = "Get an event")
	Event get(@Parameter(description = "The event's id", example = "csto-founding") @PathVariable String id) {
		return events.catalog().find(id).orElseThrow(() -> NotFoundException.of("event", id));
	}

}
