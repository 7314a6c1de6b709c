package org.csto.kb.organization;

import java.util.List;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The organizations the source names, by name. */
@Component
public class Organizations extends ResourceCatalog<Organization> {

	private static final Sorting<Organization> SORTING = new Sorting<Organization>().byText("name", Organization::name)
		.byDefault(Organization::name);

	@Autowired
	Organizations(OrganizationRepository organizations, References references,
			PlatformTransactionManager transactions) {
		this(read(transactions,
				() -> organizations.findAll()
					.stream()
					.map(organization -> organization.toOrganization(references))
					.toList()));
	}

	Organizations(List<Organization> organizations) {
		super(ResourceType.ORGANIZATION, organizations, Organization::id, Organization::name, SORTING);
	}

	@Override
	public List<SearchText> searchTexts(Organization organization) {
		return List.of(SearchText.named(organization.name())
			.codes(organization.abbreviation() == null ? List.of() : List.of(organization.abbreviation()))
			.text(organization.description())
			.aliases(organization.alternativeNames().stream().map(AlternativeName::name).toList()));
	}

}
