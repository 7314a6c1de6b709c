package org.csto.kb.search;

import java.util.List;

import org.csto.kb.search.Highlighter.Token;

/**
 * One sentence of a field's value with the matches in it, and its score among the value's
 * sentences: what a snippet shows, as HTML.
 */
record Passage(String value, int start, int end, List<Token> matches, double score) {

	String html() {
		StringBuilder html = new StringBuilder(end - start + matches.size() * 13);
		int at = start;
		for (Token match : matches) {
			if (match.start() < at) {
				continue;
			}
			escape(html, at, match.start());
			html.append("<mark>");
			escape(html, match.start(), match.end());
			html.append("</mark>");
			at = match.end();
		}
		escape(html, at, end);
		return html.toString().strip();
	}

	/**
	 * As Lucene's SimpleHTMLEncoder, which the highlighter used: markup characters only,
	 * the rest as is.
	 */
	private void escape(StringBuilder html, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#x27;");
				case '/' -> html.append("&#x2F;");
				default -> html.append(c);
			}
		}
	}

}
