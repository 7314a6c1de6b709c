package org.csto.kb.catalog;

import java.time.LocalDate;

import org.csto.kb.shared.PartialDate;
import org.csto.kb.web.problem.InvalidParameterException;

/**
 * The {@code from} and {@code to} filters: partial ISO dates taken as the whole intervals
 * they cover. An item matches when its own date, also taken as an interval, overlaps the
 * range; undated items match only when no bound is given.
 */
public record DateRange(LocalDate start, LocalDate end) {

	public static final String FORMAT = "a date as YYYY, YYYY-MM or YYYY-MM-DD";

	public static DateRange parse(String from, String to) {
		PartialDate lower = bound("from", from);
		PartialDate upper = bound("to", to);
		LocalDate start = lower == null ? null : lower.start();
		LocalDate end = upper == null ? null : upper.end();
		if (start != null && end != null && end.isBefore(start)) {
			throw new InvalidParameterException("to",
					"Parameter 'to' (" + to + ") must not end before 'from' (" + from + ") begins");
		}
		return new DateRange(start, end);
	}

	public boolean bounded() {
		return start != null || end != null;
	}

	public boolean includes(PartialDate date) {
		if (!bounded()) {
			return true;
		}
		return date != null && date.overlaps(start, end);
	}

	private static PartialDate bound(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PartialDate.parse(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(name,
					"Parameter '" + name + "' must be " + FORMAT + "; got '" + value + "': " + ex.getMessage());
		}
	}

}
