package org.csto.kb.timeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.catalog.Parties;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/timeline")
@Tag(name = "Timeline", description = "Events and statements merged in date order")
class TimelineController {

	private static final CsvColumns<TimelineEntry> CSV = CsvColumns.of(TimelineEntry.class)
		.with("type", entry -> entry.type().key());

	private final Timeline timeline;

	private final Parties parties;

	TimelineController(Timeline timeline, Parties parties) {
		this.timeline = timeline;
		this.parties = parties;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getTimeline", summary = "Events and statements in date order",
			description = "Oldest first by default (`sort=date,desc` for newest first); undated entries come last in either order and drop out when `from` or `to` is given. `involves` keeps what involves a party in any role. With `Accept: text/csv`, the whole filtered timeline as CSV.")
	PagedModel<TimelineEntry> list(@ParameterObject TimelineFilter filter, @ParameterObject PageQuery query) {
		return new PagedModel<>(timeline.page(filter.parse(parties, timeline), query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "getTimeline", summary = "Events and statements in date order")
	CsvTable listCsv(@ParameterObject TimelineFilter filter, @ParameterObject PageQuery query) {
		return CSV.table("timeline", timeline.list(filter.parse(parties, timeline), query));
	}

}
