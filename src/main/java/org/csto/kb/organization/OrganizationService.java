package org.csto.kb.organization;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class OrganizationService {

	private final Catalog<Organization> catalog;

	OrganizationService(OrganizationRepository organizations, References references,
			PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions, () -> organizations.findAllByOrderByName()
			.stream()
			.map(organization -> organization.toOrganization(references))
			.toList(), Organization::id, Sorting.of(Organization.class).byText("name", Organization::name));
	}

	public Catalog<Organization> catalog() {
		return catalog;
	}

}
