package org.csto.kb.source;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class SourceService {

	private final Catalog<Source> catalog;

	SourceService(SourceRepository sources, PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions,
				() -> sources.findAllByOrderById().stream().map(SourceEntity::toSource).toList(), Source::id,
				Sorting.of(Source.class).byText("title", Source::title));
	}

	public Catalog<Source> catalog() {
		return catalog;
	}

}
