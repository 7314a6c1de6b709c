package org.csto.kb.body;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class BodyService {

	private final Catalog<Body> catalog;

	BodyService(BodyRepository bodies, References references, PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions,
				() -> bodies.findAllByOrderByName().stream().map(body -> body.toBody(references)).toList(), Body::id,
				Sorting.of(Body.class).byText("name", Body::name));
	}

	public Catalog<Body> catalog() {
		return catalog;
	}

}
