package org.csto.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.csto.kb.search.SearchService.SplitQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitQueryTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			CSTO -Armenia                            | CSTO                 | Armenia
			-Armenia                                 | ''                   | Armenia
			CSTO -"rapid reaction" force             | CSTO force           | "rapid reaction"
			"CSTO -Armenia"                          | "CSTO -Armenia"      | ''
			CSTO -(Armenia Russia)                   | CSTO                 | (Armenia Russia)
			(CSTO -Armenia)                          | (CSTO -Armenia)      | ''
			well-known -                             | well-known -         | ''
			CSTO \\-Armenia                          | CSTO \\-Armenia      | ''
			-"unclosed phrase                        | ''                   | "unclosed phrase
			""")
	void splitsOffTheTopLevelExclusions(String query, String wanted, String excluded) {
		assertThat(SplitQuery.of(query)).isEqualTo(new SplitQuery(wanted, excluded));
	}

}
