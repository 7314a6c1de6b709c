package org.csto.kb.shared;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The numbers of a partial date are read without a DateTimeFormatter; the calendar must
 * still be the ISO one, strictly.
 */
class PartialDateTests {

	@ParameterizedTest
	@CsvSource({ "2002, YEAR, 2002-01-01, 2002-12-31", "2024-02, MONTH, 2024-02-01, 2024-02-29",
			"2023-02, MONTH, 2023-02-01, 2023-02-28", "2009-02-04, DAY, 2009-02-04, 2009-02-04",
			"2024-02-29, DAY, 2024-02-29, 2024-02-29" })
	void coversTheWholeIntervalItNames(String value, DatePrecision precision, LocalDate start, LocalDate end) {
		assertThat(PartialDate.parse(value)).isEqualTo(new PartialDate(value, precision, start, end));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-13", "2023-00", "2023-02-30", "2023-02-29", "2023-04-31", "2023-01-00" })
	void refusesWhatIsNotInTheCalendar(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(value))
			.withMessage("'" + value + "' is not a date in the calendar");
	}

	@ParameterizedTest
	@ValueSource(strings = { "23", "2023-1", "2023-01-1", "2023/01", "last year", "２０２３", "2023-01-01T00" })
	void refusesWhatIsNotShapedLikeOne(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(value))
			.withMessageContaining("YYYY-MM");
	}

}
