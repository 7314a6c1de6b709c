package org.csto.kb.country;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.web.NotFoundException;
import org.csto.kb.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CountryController {

	private final CountryService countries;

	CountryController(CountryService countries) {
		this.countries = countries;
	}

	@Tag(name = "Member states", description = "The CSTO's member states, as the source tells them")
	@GetMapping("/api/v1/member-states")
	@Operation(operationId = "listMemberStates", summary = "List the member states",
			description = "The countries the source gives a CSTO status. Sortable by `name` and `code`.")
	PagedModel<Country> listMemberStates(@ParameterObject PageQuery query) {
		return new PagedModel<>(countries.catalog().page(Country::inCsto, query.pageable(countries.catalog().sorting())));
	}

	@Tag(name = "Member states")
	@GetMapping("/api/v1/member-states/{code}")
	@Operation(operationId = "getMemberState", summary = "Get a member state by its ISO code")
	Country getMemberState(@Parameter(description = "ISO 3166-1 alpha-3 or alpha-2 code, any letter case", example = "ARM")
	@PathVariable String code) {
		return countries.find(code).filter(Country::inCsto).orElseThrow(() -> NotFoundException.of("member state", code));
	}

	@Tag(name = "Countries", description = "Every state or territory the source names, members or not")
	@GetMapping("/api/v1/countries")
	@Operation(operationId = "listCountries", summary = "List every country the source names",
			description = "Members and non-members alike. Sortable by `name` and `code`.")
	PagedModel<Country> listCountries(@ParameterObject PageQuery query) {
		return new PagedModel<>(countries.catalog().page(country -> true, query.pageable(countries.catalog().sorting())));
	}

	@Tag(name = "Countries")
	@GetMapping("/api/v1/countries/{code}")
	@Operation(operationId = "getCountry", summary = "Get a country by its ISO code or a territory by its slug")
	Country getCountry(@Parameter(description = "ISO 3166-1 alpha-3 or alpha-2 code in any letter case, or a territory's slug",
			example = "uzb") @PathVariable String code) {
		return countries.find(code).orElseThrow(() -> NotFoundException.of("country", code));
	}

}
