package org.csto.kb.catalog;

import java.util.Arrays;
import java.util.Locale;

import org.csto.kb.web.problem.InvalidParameterException;

/**
 * Parses an enum-valued query parameter, answering a bad value with the values it
 * accepts.
 */
public final class Choice {

	private Choice() {
	}

	public static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException(parameter, "Parameter '" + parameter + "' must be one of "
					+ Arrays.toString(type.getEnumConstants()) + "; got '" + value + "'");
		}
	}

}
