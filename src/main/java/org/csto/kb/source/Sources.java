package org.csto.kb.source;

import java.util.List;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.EntityStore;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Slugs;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.ResourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The source documents, by id; a proposed one is written with its text cut into passages.
 */
@Component
public class Sources extends ResourceCatalog<Source, SourceDraft> {

	/** The longest text a proposal may bring, in characters: a long article. */
	static final int MAX_TEXT = 200_000;

	/** The longest passage, in characters, as the passage table holds it. */
	static final int MAX_PASSAGE = 10_000;

	private static final Shape<Source, SourceDraft> SHAPE = new Shape<>(ResourceType.SOURCE, SourceDraft.class,
			Source::id, Source::title, new Sorting<Source>().byText("title", Source::title));

	@Autowired
	Sources(SourceRepository sources, PlatformTransactionManager transactions) {
		this(new EntityStore<>(sources, SourceEntity::new, SourceEntity::toSource, transactions));
	}

	private Sources(EntityStore<SourceEntity, SourceDraft, Source> store) {
		super(SHAPE, store, store.all());
	}

	Sources(List<Source> sources) {
		super(SHAPE, null, sources);
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

	/** The passages a source's text is cut into, as a publication will number them. */
	public static List<String> passages(String text) {
		return SourceText.of(text).passages();
	}

	/** A source's id is a slug of at most 64 characters, as its column holds. */
	@Override
	public String invalidId(String id) {
		return Slugs.invalid(id, 64);
	}

	@Override
	public void check(String id, SourceDraft draft, boolean created, Checks checks) {
		checks.required("title", draft.title());
		checks.length("title", draft.title(), 255);
		checks.required("origin", draft.origin());
		checks.length("origin", draft.origin(), 512);
		checks.required("licence", draft.licence());
		checks.length("licence", draft.licence(), 255);
		checks.length("licenceUrl", draft.licenceUrl(), 512);
		if (!created) {
			String stored = stored(id).map(Source::checksum).orElse(null);
			if (draft.text() != null && !SourceText.of(draft.text()).sha256().equals(stored)) {
				checks.fail("/text", "a published source's text never changes, since citations point into it; "
						+ "propose a corrected text as a new source");
			}
			return;
		}
		checks.required("text", draft.text());
		checks.length("text", draft.text(), MAX_TEXT);
		if (draft.text() != null && draft.text().length() <= MAX_TEXT) {
			List<String> passages = passages(draft.text());
			for (int i = 0; i < passages.size(); i++) {
				if (passages.get(i).length() > MAX_PASSAGE) {
					checks.fail("/text", "passage " + (i + 1) + " is " + passages.get(i).length()
							+ " characters long; a passage (a non-blank line) may have at most " + MAX_PASSAGE);
				}
			}
		}
	}

}
