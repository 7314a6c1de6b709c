package org.csto.kb.source;

import java.util.List;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.catalog.Sorting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The source documents, by id. */
@Component
public class Sources extends ResourceCatalog<Source> {

	private static final Sorting<Source> SORTING = new Sorting<Source>().byText("title", Source::title);

	@Autowired
	Sources(SourceRepository sources, PlatformTransactionManager transactions) {
		this(read(transactions, () -> sources.findAll().stream().map(SourceEntity::toSource).toList()));
	}

	Sources(List<Source> sources) {
		super(ResourceType.SOURCE, sources, Source::id, Source::title, SORTING);
	}

	/** Each passage, found by its words and headed by its source and number. */
	@Override
	public List<SearchText> searchTexts(Source source) {
		return source.passages()
			.stream()
			.map(passage -> SearchText.passage(passage.number(), source.title() + ", passage " + passage.number(),
					passage.text()))
			.toList();
	}

}
