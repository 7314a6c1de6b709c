package org.csto.kb.catalog;

import org.csto.kb.web.problem.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	private static final Sorting<String> BY_TITLE = new Sorting<String>().byText("title", title -> title);

	@ParameterizedTest
	@CsvSource({ "title, ASC", "'title,asc', ASC", "' title , DESC ', DESC" })
	void readsASortableFieldAndItsDirection(String sort, Sort.Direction direction) {
		assertThat(new PageQuery(null, null, sort).sort(BY_TITLE)).isEqualTo(Sort.by(direction, "title"));
	}

	/**
	 * Repeated sort parameters arrive joined with commas, and so are refused as one sort
	 * too many.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "population", "title,sideways", "title,asc,date", ",asc" })
	void refusesWhatItCannotSortByNamingTheParameter(String sort) {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> new PageQuery(null, null, sort).sort(BY_TITLE))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("sort"))
			.withMessageContaining("'sort'");
	}

}
