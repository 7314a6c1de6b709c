package org.csto.kb.body;

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

/** The CSTO's bodies, by name. */
@Component
public class Bodies extends ResourceCatalog<Body> {

	private static final Sorting<Body> SORTING = new Sorting<Body>().byText("name", Body::name).byDefault(Body::name);

	@Autowired
	Bodies(BodyRepository bodies, References references, PlatformTransactionManager transactions) {
		this(read(transactions, () -> bodies.findAll().stream().map(body -> body.toBody(references)).toList()));
	}

	Bodies(List<Body> bodies) {
		super(ResourceType.BODY, bodies, Body::id, Body::name, SORTING);
	}

	@Override
	public List<SearchText> searchTexts(Body body) {
		return List.of(SearchText.named(body.name())
			.codes(body.abbreviation() == null ? List.of() : List.of(body.abbreviation()))
			.text(body.description())
			.aliases(body.alternativeNames().stream().map(AlternativeName::name).toList()));
	}

}
