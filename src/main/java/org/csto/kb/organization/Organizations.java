package org.csto.kb.organization;

import java.util.List;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.EntityStore;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The organizations the source names, by name. */
@Component
public class Organizations extends ResourceCatalog<Organization, Organization> {

	private static final Shape<Organization, Organization> SHAPE = new Shape<>(ResourceType.ORGANIZATION,
			Organization.class, Organization::id, Organization::name,
			new Sorting<Organization>().byText("name", Organization::name).byDefault(Organization::name));

	@Autowired
	Organizations(OrganizationRepository organizations, References references,
			PlatformTransactionManager transactions) {
		this(new EntityStore<>(organizations, OrganizationEntity::new,
				organization -> organization.toOrganization(references), transactions));
	}

	private Organizations(EntityStore<OrganizationEntity, Organization, Organization> store) {
		super(SHAPE, store, store.all());
	}

	Organizations(List<Organization> organizations) {
		super(SHAPE, null, organizations);
	}

	@Override
	public List<SearchText> searchTexts(Organization organization) {
		return List.of(SearchText.named(organization.name())
			.codes(organization.abbreviation() == null ? List.of() : List.of(organization.abbreviation()))
			.text(organization.description())
			.aliases(organization.alternativeNames().stream().map(AlternativeName::name).toList()));
	}

	@Override
	public void check(String id, Organization draft, boolean created, Checks checks) {
		checks.required("name", draft.name());
		checks.length("name", draft.name(), 255);
		checks.length("abbreviation", draft.abbreviation(), 64);
		checks.length("description", draft.description(), 2000);
		checks.date("founded", draft.founded(), "foundedPrecision", draft.foundedPrecision());
		checks.referToAll("founders", draft.founders(), ResourceType.COUNTRY, ResourceType.ORGANIZATION);
		checks.referToAll("members", draft.members(), ResourceType.COUNTRY, ResourceType.ORGANIZATION);
	}

}
