package org.csto.kb.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The one analyzer every searchable field uses, at indexing and at query time alike.
 * <p>
 * The knowledge base mixes English and Russian, often in one passage, so there is no
 * single language per field to pick an analyzer by. Instead the chain applies both
 * Snowball stemmers in turn: each one only strips suffixes spelled in its own alphabet,
 * so English words pass the Russian stemmer untouched and Russian words the English one.
 * First, ICU folding removes case and diacritics, including the stress marks the source
 * prints ({@code Коллекти́вные}) and {@code ё}, so that the stop lists (spelled with
 * {@code е}) and the stemmers see one spelling. It leaves {@code й} alone: folding it to
 * {@code и} would stop the Russian stemmer from recognising adjective endings
 * ({@code новый}).
 */
public class SearchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	public static final String TEXT = "kb_text";

	/**
	 * For names only: Cyrillic transliterated to Latin (BGN/PCGN, the romanization
	 * English texts use), so that a name typed in either script finds the other
	 * ({@code Пашинян} finds Pashinyan, {@code ODKB} finds ОДКБ).
	 */
	public static final String LATIN = "kb_latin";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(TEXT)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("englishPossessive")
			.tokenFilter("icuFolding")
			.param("filter", "[^й]")
			.tokenFilter("stop")
			.tokenFilter("stop")
			.param("words", "org/apache/lucene/analysis/snowball/russian_stop.txt")
			.param("format", "snowball")
			.tokenFilter("snowballPorter")
			.param("language", "English")
			.tokenFilter("snowballPorter")
			.param("language", "Russian");
		context.analyzer(LATIN)
			.custom()
			.tokenizer("standard")
			.tokenFilter("icuTransform")
			.param("id", "Russian-Latin/BGN")
			.tokenFilter("icuFolding");
	}

}
