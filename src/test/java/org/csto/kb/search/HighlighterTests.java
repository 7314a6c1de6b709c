package org.csto.kb.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The highlighter marks what the query looks for, in the sentence that matches best,
 * escaped as HTML.
 */
class HighlighterTests {

	private final Analyzer analyzer = new StandardAnalyzer();

	private final Highlighter highlighter;

	HighlighterTests() {
		Map<SearchField, Analyzer> analyzers = new EnumMap<>(SearchField.class);
		for (SearchField field : SearchField.values()) {
			analyzers.put(field, analyzer);
		}
		highlighter = new Highlighter(analyzers);
	}

	private String highlight(String query, String... values) {
		return highlighter.highlight(SearchField.TEXT, List.of(values), ParsedQuery.parse(query, analyzer).terms());
	}

	@Test
	void marksEachWordInTheSentenceThatMatchesBest() {
		assertThat(highlight("force csto",
				"The CSTO was founded in 2002. A rapid reaction force of the CSTO was agreed in 2009."))
			.isEqualTo("A rapid reaction <mark>force</mark> of the <mark>CSTO</mark> was agreed in 2009.");
	}

	@Test
	void marksAPhraseWholeAndNotItsWordsApart() {
		assertThat(highlight("\"rapid reaction\"", "A rapid reaction force, rapid and reactive."))
			.isEqualTo("A <mark>rapid reaction</mark> force, rapid and reactive.");
	}

	@Test
	void marksTheWordsAPrefixStarts() {
		assertThat(highlight("Pash*", "Pashinyan stated, and Pashinyan's office agreed."))
			.isEqualTo("<mark>Pashinyan</mark> stated, and <mark>Pashinyan&#x27;s</mark> office agreed.");
	}

	@Test
	void marksNothingThatTheQueryExcludes() {
		assertThat(highlight("CSTO -Armenia", "The CSTO and Armenia.")).isEqualTo("The <mark>CSTO</mark> and Armenia.");
		assertThat(highlight("Armenia -CSTO", "The CSTO alone.")).isNull();
	}

	@Test
	void escapesTheTextAsHtml() {
		assertThat(highlight("csto", "<b>CSTO</b> & \"friends\""))
			.isEqualTo("&lt;b&gt;<mark>CSTO</mark>&lt;&#x2F;b&gt; &amp; &quot;friends&quot;");
	}

	@Test
	void takesTheBestOfSeveralValues() {
		assertThat(highlight("nato", "No match here.", "Realignment with NATO instead."))
			.isEqualTo("Realignment with <mark>NATO</mark> instead.");
	}

}
