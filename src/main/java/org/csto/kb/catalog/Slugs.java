package org.csto.kb.catalog;

import java.util.regex.Pattern;

/** The ids the knowledge base gives its items: stable, lowercase, human-readable. */
public final class Slugs {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	/** Why this is not a slug of at most this length, or null where it is one. */
	public static String invalid(String id, int maxLength) {
		if (id.length() > maxLength) {
			return "must be at most " + maxLength + " characters long";
		}
		if (!SLUG.matcher(id).matches()) {
			return "must be a slug: lowercase letters and digits, in words joined by single hyphens";
		}
		return null;
	}

}
