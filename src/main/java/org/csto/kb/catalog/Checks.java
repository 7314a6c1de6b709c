package org.csto.kb.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.csto.kb.shared.DatePrecision;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;

/**
 * The errors found in one proposed item, each at its JSON Pointer into the request: what
 * a resource type checks of its own fields, beside what every item is checked for.
 */
public final class Checks {

	private final String base;

	private final List<CheckError> errors;

	public Checks(String base, List<CheckError> errors) {
		this.base = base;
		this.errors = errors;
	}

	/** The checks of a part of the item, below this one. */
	public Checks at(String pointer) {
		return new Checks(base + pointer, errors);
	}

	public void fail(String pointer, String detail) {
		errors.add(new CheckError(base + pointer, detail));
	}

	/** A field the type cannot do without: not null, not blank, not empty. */
	public void required(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> values && values.isEmpty())) {
			fail("/" + field, "is required");
		}
	}

	/** A text no longer than it may be. */
	public void length(String field, String value, int max) {
		if (value != null && value.length() > max) {
			fail("/" + field, "must be at most " + max + " characters long; it has " + value.length());
		}
	}

	/**
	 * A partial date and its precision, as the API gives them: both null, or a date in
	 * the calendar at exactly the precision given.
	 */
	public void date(String field, String date, String precisionField, DatePrecision precision) {
		if (date == null) {
			if (precision != null) {
				fail("/" + precisionField, "must be null where there is no " + field);
			}
			return;
		}
		try {
			PartialDate parsed = PartialDate.parse(date);
			if (precision != parsed.precision()) {
				fail("/" + precisionField, "must be " + parsed.precision() + " for " + field + " '" + date + "'");
			}
		}
		catch (IllegalArgumentException ex) {
			fail("/" + field, ex.getMessage());
		}
	}

	/** A reference, where there is one, to a resource of one of these types. */
	public void refersTo(String field, Reference reference, ResourceType... types) {
		if (reference != null && reference.type() != null && !Arrays.asList(types).contains(reference.type())) {
			fail("/" + field + "/type", "must be one of " + Arrays.stream(types).map(ResourceType::key).toList());
		}
	}

	/** Each reference of a list, to a resource of one of these types. */
	public void referToAll(String field, List<Reference> references, ResourceType... types) {
		if (references != null) {
			for (int i = 0; i < references.size(); i++) {
				refersTo(field + "/" + i, references.get(i), types);
			}
		}
	}

}
