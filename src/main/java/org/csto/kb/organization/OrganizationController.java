package org.csto.kb.organization;

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
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations", description = "The CSTO and every other organization the source names")
class OrganizationController {

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	@Operation(operationId = "listOrganizations", summary = "List the organizations", description = "Sortable by `name`.")
	PagedModel<Organization> list(@ParameterObject PageQuery query) {
		return new PagedModel<>(organizations.catalog().page(organization -> true,
				query.pageable(organizations.catalog().sorting())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getOrganization", summary = "Get an organization")
	Organization get(@Parameter(description = "The organization's id", example = "csto") @PathVariable String id) {
		return organizations.catalog().find(id).orElseThrow(() -> NotFoundException.of("organization", id));
	}

}
