package org.csto.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzers as the search backend builds them, on an index of nothing. */
class SearchAnalysisTests {

	private static SearchIndex index;

	@BeforeAll
	static void build() {
		index = SearchIndex.build(List.of());
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private List<String> tokens(String analyzerName, String text) throws IOException {
		Analyzer analyzer = SearchIndex.analyzer(index.mapping(), analyzerName);
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("field", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void foldsStressMarksCaseAndDiacritics() throws IOException {
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "Коллекти́вные")).isNotEmpty()
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "КОЛЛЕКТИВНЫЕ"))
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "коллективные"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "Pashinyán"))
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "pashinyan"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "Ёлка")).isNotEmpty()
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "елка"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "ещё")).isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "еще"))
			.isEmpty();
	}

	@Test
	void stemsEachLanguageAndLeavesTheOtherAlone() throws IOException {
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "forces"))
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "force"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "силами"))
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "силы"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "новый"))
			.isEqualTo(tokens(SearchAnalysisConfigurer.TEXT, "новая"));
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "Pashinyan's")).containsExactly("pashinyan");
	}

	@Test
	void keepsAbbreviationsWholeAndDropsStopWords() throws IOException {
		assertThat(tokens(SearchAnalysisConfigurer.TEXT, "The CSTO (ОДКБ) and KSOR, КСОР")).containsExactly("csto",
				"одкб", "ksor", "ксор");
	}

	@Test
	void transliteratesNamesToLatin() throws IOException {
		assertThat(tokens(SearchAnalysisConfigurer.LATIN, "Никол Пашинян")).containsExactly("nikol", "pashinyan");
		assertThat(tokens(SearchAnalysisConfigurer.LATIN, "ОДКБ")).containsExactly("odkb");
	}

}
