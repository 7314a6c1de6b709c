package org.csto.kb.curation;

/**
 * What a proposed text may not hold: characters a reader cannot see but that change what
 * is shown or stored. Control characters (other than tab and line breaks), the bidi
 * embedding, override and isolate controls that can make text read other than it is
 * stored, unpaired surrogates and noncharacters are refused, each with where it is.
 */
final class Texts {

	private Texts() {
	}

	/** Why the text is refused, or null where it is not. */
	static String invalid(String text) {
		int position = 1;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int codePoint = text.codePointAt(i);
			String kind = kind(codePoint);
			if (kind != null) {
				return "holds " + kind + " (U+" + String.format("%04X", codePoint) + ") at character " + position
						+ "; take it out";
			}
			position++;
		}
		return null;
	}

	private static String kind(int codePoint) {
		if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
			return "half of a surrogate pair";
		}
		if ((codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
				|| (codePoint >= 0x7F && codePoint <= 0x9F)) {
			return "a control character";
		}
		if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
			return "a bidirectional control character";
		}
		if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
			return "a noncharacter";
		}
		return null;
	}

}
