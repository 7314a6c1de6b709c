package org.csto.kb.body;

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

/** The CSTO's bodies, by name. */
@Component
public class Bodies extends ResourceCatalog<Body, Body> {

	private static final Shape<Body, Body> SHAPE = new Shape<>(ResourceType.BODY, Body.class, Body::id, Body::name,
			new Sorting<Body>().byText("name", Body::name).byDefault(Body::name));

	@Autowired
	Bodies(BodyRepository bodies, References references, PlatformTransactionManager transactions) {
		this(new EntityStore<>(bodies, BodyEntity::new, body -> body.toBody(references), transactions));
	}

	private Bodies(EntityStore<BodyEntity, Body, Body> store) {
		super(SHAPE, store, store.all());
	}

	Bodies(List<Body> bodies) {
		super(SHAPE, null, bodies);
	}

	@Override
	public List<SearchText> searchTexts(Body body) {
		return List.of(SearchText.named(body.name())
			.codes(body.abbreviation() == null ? List.of() : List.of(body.abbreviation()))
			.text(body.description())
			.aliases(body.alternativeNames().stream().map(AlternativeName::name).toList()));
	}

	@Override
	public void check(String id, Body draft, boolean created, Checks checks) {
		checks.required("name", draft.name());
		checks.length("name", draft.name(), 255);
		checks.length("abbreviation", draft.abbreviation(), 64);
		checks.length("description", draft.description(), 2000);
		checks.required("kind", draft.kind());
		checks.required("organization", draft.organization());
		checks.refersTo("organization", draft.organization(), ResourceType.ORGANIZATION);
	}

}
