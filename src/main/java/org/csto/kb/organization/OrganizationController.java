package org.csto.kb.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.csto.kb.catalog.CsvColumns;
import org.csto.kb.catalog.PageQuery;
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
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The CSTO and every other organization the source names")
class OrganizationController {

	private static final CsvColumns<Organization> CSV = CsvColumns.of(Organization.class);

	private final Organizations organizations;

	OrganizationController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listOrganizations", summary = "List the organizations",
			description = "Sortable by `name`. With `Accept: text/csv`, the whole collection as CSV.")
	PagedModel<Organization> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(organizations.page(query));
	}

	@GetMapping(produces = CsvMessageConverter.TEXT_CSV_VALUE)
	@Operation(operationId = "listOrganizations", summary = "List the organizations")
	CsvTable listCsv(@ParameterObject PageQuery query) {
		return CSV.table("organizations", organizations.list(query));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrganization", summary = "Get an organization")
	@Parameter(name = "id", in = ParameterIn.PATH, description = "The organization's id", example = "csto")
	Organization get(@PathVariable String id) {
		return organizations.find(id).orElseThrow(() -> new NotFoundException("organization", id));
	}

}
