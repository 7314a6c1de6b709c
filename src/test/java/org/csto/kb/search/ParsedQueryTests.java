package org.csto.kb.search;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One parse of a query serves the search and the highlighter: what it looks for, what it
 * keeps out, and the terms to mark, as Lucene's simple query syntax reads them.
 */
class ParsedQueryTests {

	private final Analyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	@Test
	void aTopLevelExclusionKeepsOutEveryHitThatHasIt() {
		ParsedQuery parsed = ParsedQuery.parse("CSTO -Armenia", analyzer);

		assertThat(parsed.wanted().toString()).contains("name:csto").doesNotContain("armenia");
		assertThat(parsed.excluded().toString()).contains("name:armenia").doesNotContain("csto");
		assertThat(parsed.terms().words("name")).containsExactly("csto");
	}

	@Test
	void anExclusionAloneLooksForEverythingElse() {
		ParsedQuery parsed = ParsedQuery.parse("-Armenia", analyzer);

		assertThat(parsed.wanted()).isInstanceOf(MatchAllDocsQuery.class);
		assertThat(parsed.excluded().toString()).contains("text:armenia");
		assertThat(parsed.terms().words("text")).isEmpty();
	}

	@Test
	void excludedPhrasesAndGroupsStayWhole() {
		ParsedQuery phrase = ParsedQuery.parse("CSTO -\"rapid reaction\" force", analyzer);
		assertThat(phrase.excluded().toString()).contains("text:\"rapid reaction\"");
		assertThat(phrase.terms().words("text")).containsExactlyInAnyOrder("csto", "force");

		ParsedQuery group = ParsedQuery.parse("CSTO -(Armenia Russia)", analyzer);
		assertThat(group.excluded().toString()).contains("text:armenia", "text:russia");
		assertThat(group.terms().words("text")).containsExactly("csto");
	}

	@Test
	void aQuotedOrEscapedMinusIsNoExclusion() {
		ParsedQuery quoted = ParsedQuery.parse("\"CSTO -Armenia\"", analyzer);
		assertThat(quoted.excluded()).isNull();
		assertThat(quoted.terms().phrases("text")).containsExactly(List.of("csto", "armenia"));

		ParsedQuery escaped = ParsedQuery.parse("CSTO \\-Armenia", analyzer);
		assertThat(escaped.excluded()).isNull();
		assertThat(escaped.terms().words("text")).containsExactlyInAnyOrder("csto", "armenia");
	}

	@Test
	void marksPhrasesPrefixesAndFuzzyWordsAsTheQueryHoldsThem() {
		SearchTerms terms = ParsedQuery.parse("\"rapid reaction\" Pash* forse~1", analyzer).terms();

		assertThat(terms.phrases("text")).containsExactly(List.of("rapid", "reaction"));
		assertThat(terms.prefixes("text")).containsExactly("pash");
		assertThat(terms.words("text")).containsExactly("forse");
		assertThat(terms.words("latinNames")).containsExactly("forse");
	}

	@Test
	void looksForNothingWhereNothingIsLeftToLookFor() {
		assertThat(ParsedQuery.parse("the", analyzer).wanted()).isInstanceOf(MatchNoDocsQuery.class);
		assertThat(ParsedQuery.parse("\"\"", analyzer).wanted()).isInstanceOf(MatchNoDocsQuery.class);
	}

}
