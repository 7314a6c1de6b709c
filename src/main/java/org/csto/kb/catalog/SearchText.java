package org.csto.kb.catalog;

import java.util.List;

/**
 * The words an item is found by, each by what it is to the item, so that search can weigh
 * a name above a passing mention: its own name, codes (an abbreviation, an ISO code),
 * aliases (other names and spellings), title, running text, speaker and context (roles,
 * places). What a hit shows is its heading, and an excerpt where no match can be marked.
 * A source gives one for each of its passages.
 */
public record SearchText(Integer passage, String heading, String excerpt, String name, List<String> codes,
		List<String> aliases, String title, String text, String speaker, List<String> context) {

	private static final int HEADING_LENGTH = 120;

	/** Found by its name, which is also its heading. */
	public static SearchText named(String name) {
		return new SearchText(null, name, name, name, List.of(), List.of(), null, null, null, List.of());
	}

	/** Found by its title, which is also its heading. */
	public static SearchText titled(String title) {
		return new SearchText(null, title, title, null, List.of(), List.of(), title, null, null, List.of());
	}

	/** A passage of a source, found by its text, which is also what it shows. */
	public static SearchText passage(int number, String heading, String text) {
		return new SearchText(number, heading, text, null, List.of(), List.of(), null, text, null, List.of());
	}

	/**
	 * Words said, found by them and by the speaker's name, and headed by the speaker and
	 * the words' start unless the words already start with the speaker's name.
	 */
	public static SearchText said(String speaker, String text) {
		String start = abbreviate(text, HEADING_LENGTH);
		String heading = speaker == null || text.startsWith(speaker) ? start : speaker + ": " + start;
		return new SearchText(null, heading, text, null, List.of(), List.of(), null, text, speaker, List.of());
	}

	public SearchText codes(List<String> codes) {
		return new SearchText(passage, heading, excerpt, name, codes, aliases, title, text, speaker, context);
	}

	public SearchText aliases(List<String> aliases) {
		return new SearchText(passage, heading, excerpt, name, codes, aliases, title, text, speaker, context);
	}

	/** A title besides the heading: a country's two-letter code. */
	public SearchText title(String title) {
		return new SearchText(passage, heading, excerpt, name, codes, aliases, title, text, speaker, context);
	}

	public SearchText text(String text) {
		return new SearchText(passage, heading, excerpt, name, codes, aliases, title, text, speaker, context);
	}

	public SearchText context(List<String> context) {
		return new SearchText(passage, heading, excerpt, name, codes, aliases, title, text, speaker, context);
	}

	/** The start of a text, cut at a word, and an ellipsis where it was cut. */
	public static String abbreviate(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int cut = text.lastIndexOf(' ', length - 1);
		return text.substring(0, cut > length / 2 ? cut : length - 1) + "…";
	}

}
