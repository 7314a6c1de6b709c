package org.csto.kb.catalog;

import org.csto.kb.web.problem.InvalidParameterException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageQueryTests {

	private static final Sorting<String> BY_TITLE = Sorting.of(String.class).byText("title", title -> title);

	@Test
	void refusesTwoSortsThatRepeatedParametersJoined() {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> new PageQuery(null, null, "title,asc,date").sort(BY_TITLE))
			.satisfies(ex -> assertThat(ex.parameter()).isEqualTo("sort"));
	}

}
