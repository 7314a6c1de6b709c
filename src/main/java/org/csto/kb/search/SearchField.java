package org.csto.kb.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.csto.kb.catalog.SearchText;
import org.springframework.web.util.HtmlUtils;

/**
 * The fields a query looks in: each with its name in the index, how much a match there
 * counts, the analyzer that indexes and queries it, and where its values come from. One
 * field per analyzer and weight rather than one per property: a query analyzes each of
 * its words and looks it up once per field, so that work grows with the number of fields
 * (docs/PERFORMANCE.md). Listed in the order a snippet is taken from them, running text
 * first because it shows the match in context.
 */
enum SearchField {

	/** Running text: a description, summary, statement or passage. */
	TEXT("text", 1, SearchAnalysisConfigurer.TEXT, text -> list(text.text())),

	/** An event's title, or a country's two-letter code. */
	TITLE("title", 4, SearchAnalysisConfigurer.TEXT, text -> list(text.title())),

	/** A resource's own name, far above a passing mention. */
	NAME("name", 10, SearchAnalysisConfigurer.TEXT, text -> list(text.name())),

	/** An abbreviation, or a country's three-letter code. */
	CODES("codes", 8, SearchAnalysisConfigurer.TEXT, SearchText::codes),

	/**
	 * Other names and spellings: kept apart from the codes, since a long list of names
	 * would weigh a match of a short code down.
	 */
	ALIASES("aliases", 8, SearchAnalysisConfigurer.TEXT, SearchText::aliases),

	/** The name and the other names, transliterated, so that either script finds them. */
	LATIN_NAMES("latinNames", 6, SearchAnalysisConfigurer.LATIN, text -> concat(list(text.name()), text.aliases())),

	/**
	 * A statement's speaker, by name. A hit found by who said it shows the speaker's
	 * marked name before the words.
	 */
	SPEAKER("speaker", 3, SearchAnalysisConfigurer.TEXT, text -> list(text.speaker())) {

		@Override
		String snippet(String marked, SearchText text) {
			return marked + ": " + HtmlUtils.htmlEscape(SearchText.abbreviate(text.excerpt(), EXCERPT_LENGTH));
		}

	},

	/** A person's roles' titles, or where an event took place. */
	CONTEXT("context", 2, SearchAnalysisConfigurer.TEXT, SearchText::context);

	/** How much of a text a snippet shows where it shows the text's start. */
	static final int EXCERPT_LENGTH = 200;

	private final String key;

	private final float weight;

	private final String analyzer;

	private final Function<SearchText, List<String>> values;

	SearchField(String key, float weight, String analyzer, Function<SearchText, List<String>> values) {
		this.key = key;
		this.weight = weight;
		this.analyzer = analyzer;
		this.values = values;
	}

	/** The field's name in the index. */
	String key() {
		return key;
	}

	String analyzer() {
		return analyzer;
	}

	List<String> values(SearchText text) {
		return values.apply(text);
	}

	/** What a hit found in this field shows: the marked words. */
	String snippet(String marked, SearchText text) {
		return marked;
	}

	/** Each field's name to its weight, in the fields' order. */
	static Map<String, Float> weights() {
		Map<String, Float> weights = new LinkedHashMap<>();
		for (SearchField field : values()) {
			weights.put(field.key, field.weight);
		}
		return weights;
	}

	private static List<String> list(String value) {
		return value == null ? List.of() : List.of(value);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
