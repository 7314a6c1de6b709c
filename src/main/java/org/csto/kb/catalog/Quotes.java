package org.csto.kb.catalog;

/**
 * A quote is an exact excerpt of its passage, whitespace aside: this is how both are
 * compared.
 */
public final class Quotes {

	private Quotes() {
	}

	/** Runs of whitespace as one space, and none at either end. */
	public static String normalized(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/** Whether the quote is an excerpt of the passage, whitespace aside. */
	public static boolean excerptOf(String quote, String passage) {
		String words = normalized(quote);
		return !words.isEmpty() && normalized(passage).contains(words);
	}

	/**
	 * Where a quote that is not an excerpt parts from the passage, to help its author
	 * find the one character that differs: the longest start of the quote the passage
	 * holds. Empty where not even its first word is there.
	 */
	public static String divergence(String quote, String passage) {
		String words = normalized(quote);
		String text = normalized(passage);
		int low = 0;
		int high = words.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (text.contains(words.substring(0, middle))) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		// Whole words: from the word the quote parts in, after the words before it.
		int parting = words.lastIndexOf(' ', Math.max(0, low - 1)) + 1;
		if (parting == 0) {
			return "";
		}
		int from = words.lastIndexOf(' ', Math.max(0, parting - 40)) + 1;
		int to = words.indexOf(' ', Math.min(words.length(), parting + 20));
		return "; it follows the passage as far as '" + (from > 0 ? "…" : "") + words.substring(from, parting).strip()
				+ "', then differs at '" + words.substring(parting, to < 0 ? words.length() : to) + "'";
	}

}
