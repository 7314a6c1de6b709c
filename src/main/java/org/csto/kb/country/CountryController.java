package org.csto.kb.country;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.Choice;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.Filter;
import org.csto.kb.catalog.PageQuery;
import org.csto.kb.web.csv.CsvMessageConverter;
import org.csto.kb.web.csv.CsvTable;
import org.csto.kb.web.problem.NotFoundException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CountryController {

	private static final CsvColumns<Country> CSV = CsvColumns.of(Country.class);

	private final Countries countries;

	CountryController(Countries countries) {
		this.countries = countries;
	}

	@Tag(name = "Member states", description = "The CSTO's member states, as the source tells them")
	@GetMapping(path = "/api/v1/member-states", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listMemberStates", summary = "List the member states",
			description = "The countries the source gives a CSTO status, filterable by status. Sortable by `name` and `code`. With `Accept: text/csv`, the whole filtered collection as CSV.")
	PagedModel<Country> listMemberStates(@StatusParameter @RequestParam(required = false) String status,
			@ParameterObject PageQuery query) {
		return new PagedModel<>(countries.page(members(status), query));
	}

	@Tag(name = "Member states")
	@GetMapping(path = "/api/v1/member-states", produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listMemberStates", summary = "List the member states")
	CsvTable listMemberStatesCsv(@StatusParameter @RequestParam(required = false) String status,
			@ParameterObject PageQuery query) {
		return CSV.table("member-states", countries.list(members(status), query));
	}

	@Tag(name = "Member states")
	@GetMapping("/api/v1/member-states/{code}")
	@Operation(operationId = "getMemberState", summary = "Get a member state by its ISO code")
	@Parameter(name = "code", in = ParameterIn.PATH,
			description = "ISO 3166-1 alpha-3 or alpha-2 code, any letter case", example = "ARM")
	Country getMemberState(@PathVariable String code) {
		return countries.find(code)
			.filter(Country::inCsto)
			.orElseThrow(() -> new NotFoundException("member state", code));
	}

	@Tag(name = "Countries", description = "Every state or territory the source names, members or not")
	@GetMapping(path = "/api/v1/countries", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listCountries", summary = "List every country the source names",
			description = "Members and non-members alike; `status` keeps only the countries with that CSTO status. Sortable by `name` and `code`. With `Accept: text/csv`, the whole filtered collection as CSV.")
	PagedModel<Country> listCountries(@StatusParameter @RequestParam(required = false) String status,
			@ParameterObject PageQuery query) {
		return new PagedModel<>(countries.page(withStatus(status), query));
	}

	@Tag(name = "Countries")
	@GetMapping(path = "/api/v1/countries", produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listCountries", summary = "List every country the source names")
	CsvTable listCountriesCsv(@StatusParameter @RequestParam(required = false) String status,
			@ParameterObject PageQuery query) {
		return CSV.table("countries", countries.list(withStatus(status), query));
	}

	@Tag(name = "Countries")
	@GetMapping("/api/v1/countries/{code}")
	@Operation(operationId = "getCountry", summary = "Get a country by its ISO code or a territory by its slug")
	@Parameter(name = "code", in = ParameterIn.PATH,
			description = "ISO 3166-1 alpha-3 or alpha-2 code in any letter case, or a territory's slug",
			example = "uzb")
	Country getCountry(@PathVariable String code) {
		return countries.find(code).orElseThrow(() -> new NotFoundException("country", code));
	}

	private static Filter<Country> members(String status) {
		return withStatus(status).and(Country::inCsto);
	}

	private static Filter<Country> withStatus(String status) {
		MembershipStatus wanted = Choice.parse("status", status, MembershipStatus.class);
		return Filter.<Country>all().and(country -> wanted == null || country.status() == wanted);
	}

	@Parameter(description = "Only countries with this CSTO status", example = "MEMBER",
			schema = @Schema(allowableValues = { "MEMBER", "PARTICIPATION_FROZEN" }))
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.PARAMETER)
	@interface StatusParameter {

	}

}
