package org.csto.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes, summaries and descriptions are written for a reader of the data: a summary tells
 * what happened, a note how a date or a reading was made or what the source leaves open.
 * None of them argues with the source or with knowledge from outside it, so none uses the
 * phrases below, in either form of apostrophe or quotation mark.
 */
@KnowledgeBaseApiTest
class ReaderNotesTests {

	/** The texts written for the reader, in every collection that has them. */
	static final List<String> FIELDS = List.of("note", "summary", "description");

	/**
	 * Phrases of the old notes: commentary on what the source does not do, readings
	 * announced rather than stated, and codes from outside the source.
	 */
	static final List<String> OLD_STYLE = List.of("does not name", "does not say", "the source's '", "the source's \"",
			"is read from", "ISO 3166", "ISO code", "may not be his exact words", "this sentence does not",
			"no day is given", "whose text the extract");

	@Autowired
	Api api;

	@Test
	void noNoteSummaryOrDescriptionUsesAnOldStylePhrase() {
		List<String> found = new ArrayList<>();
		int read = 0;
		for (String collection : DataIntegrityTests.COLLECTIONS) {
			for (JsonNode item : api.all(collection)) {
				String id = collection + "/" + (item.has("id") ? item.get("id") : item.get("code")).asString();
				for (String field : FIELDS) {
					JsonNode text = item.path(field);
					if (text.isString()) {
						read++;
						String plain = plain(text.asString());
						OLD_STYLE.stream()
							.filter(phrase -> plain.contains(plain(phrase)))
							.forEach(phrase -> found
								.add(id + " " + field + ": \"" + phrase + "\" in " + text.asString()));
					}
				}
			}
		}
		assertThat(read).as("notes, summaries and descriptions read").isPositive();
		assertThat(found).as("notes, summaries and descriptions with an old-style phrase").isEmpty();
	}

	@Test
	void readsCurlyApostrophesAndQuotationMarksAsStraightOnes() {
		assertThat(plain("The Source\u2019s \u201CJanuary 2023\u201D"))
			.isEqualTo(plain("the source's \"January 2023\""));
		assertThat(plain("the source\u2019s \u2018Then\u2019")).contains(plain("the source's '"));
	}

	/**
	 * Lower case, with curly apostrophes and quotation marks made straight and runs of
	 * whitespace one space.
	 */
	static String plain(String text) {
		return text.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

}
