package org.csto.kb.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A date at the precision the source gives it: {@code 2002}, {@code 2023-01} or
 * {@code 2009-02-04}. It stands for the whole interval it covers, so that {@code 2023-10}
 * overlaps {@code 2023-10-15}.
 */
public record PartialDate(String value, DatePrecision precision, LocalDate start, LocalDate end) {

	private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	/**
	 * Earlier dates first; between a year and a day in it, the less precise one first.
	 */
	public static final Comparator<PartialDate> CHRONOLOGICAL = Comparator.comparing(PartialDate::start)
		.thenComparing(PartialDate::end);

	/**
	 * Parses a partial ISO 8601 date, or throws {@link IllegalArgumentException} saying
	 * what is wrong.
	 */
	public static PartialDate parse(String value) {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
		}
		// The pattern has checked the shape, so the numbers are read directly: a
		// DateTimeFormatter costs several times more, and every from and to of a
		// request is parsed here.
		int year = Integer.parseInt(value, 0, 4, 10);
		try {
			return switch (value.length()) {
				case 4 ->
					new PartialDate(value, DatePrecision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
				case 7 -> {
					YearMonth month = YearMonth.of(year, Integer.parseInt(value, 5, 7, 10));
					yield new PartialDate(value, DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth());
				}
				default -> {
					LocalDate day = LocalDate.of(year, Integer.parseInt(value, 5, 7, 10),
							Integer.parseInt(value, 8, 10, 10));
					yield new PartialDate(value, DatePrecision.DAY, day, day);
				}
			};
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a date in the calendar");
		}
	}

	/** The stored pair, both null or both set, as a date (or null). */
	public static PartialDate of(String value, String precision) {
		if (value == null) {
			return null;
		}
		PartialDate date = parse(value);
		if (!date.precision().name().equals(precision)) {
			throw new IllegalStateException("Date " + value + " stored with precision " + precision);
		}
		return date;
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
	}

}
