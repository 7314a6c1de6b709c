package org.csto.kb.timeline;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.DateRange;
import org.csto.kb.catalog.Filter;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/timeline")
@Tag(name = "Timeline", description = "Events and statements merged in date order")
record TimelineController(Timeline timeline) {

	private static final CsvColumns<TimelineEntry> CSV = CsvColumns.of(TimelineEntry.class)
		.with("type", entry -> entry.type().key());

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getTimeline", summary = "Events and statements in date order",
			description = "Oldest first by default (`sort=date,desc` for newest first); undated entries come last in either order and drop out when `from` or `to` is given. With `Accept: text/csv`, the whole filtered timeline as CSV.")
	PagedModel<TimelineEntry> list(@FromParameter @RequestParam(required = false) String from,
			@ToParameter @RequestParam(required = false) String to, @ParameterObject PageQuery query) {
		return new PagedModel<>(timeline.page(within(from, to), query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "getTimeline", summary = "Events and statements in date order")
	CsvTable listCsv(@FromParameter @RequestParam(required = false) String from,
			@ToParameter @RequestParam(required = false) String to, @ParameterObject PageQuery query) {
		return CSV.table("timeline", timeline.list(within(from, to), query));
	}

	private static Filter<TimelineEntry> within(String from, String to) {
		return Filter.within(DateRange.parse(from, to));
	}

	@Parameter(
			description = "Only entries whose date overlaps the interval starting with this partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
			example = "2023")
	@Retention(RetentionPolicy.RUNTIME)
	@interface FromParameter {

	}

	@Parameter(
			description = "Only entries whose date overlaps the interval ending with this partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
			example = "2023-12")
	@Retention(RetentionPolicy.RUNTIME)
	@interface ToParameter {

	}

}
