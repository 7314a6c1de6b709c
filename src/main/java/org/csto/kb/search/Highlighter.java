package org.csto.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks a query's terms in a hit's text with the analyzer that indexed each field, as
 * Lucene's unified highlighter did through Hibernate Search's highlight projections: the
 * best-scoring sentence of the first field that matches, HTML-escaped as Lucene's encoder
 * does it, each match (or whole quoted phrase) in {@code <mark>}. The terms are the
 * query's own ({@link SearchTerms}), so what is marked is what was searched for.
 * <p>
 * It runs for the hits of one page only, and only until a field matches. A highlight
 * projection per searched field had the highlighter re-read every collected hit's stored
 * fields and term vectors once per field, which was 70 % of a search's CPU time
 * (docs/PERFORMANCE.md). A field value is analyzed once and its tokens kept.
 */
final class Highlighter {

	/**
	 * Lucene's PassageScorer defaults: BM25 over passages, whose average length is taken
	 * as 87 characters.
	 */
	private static final double K1 = 1.2, B = 0.75, PIVOT = 87;

	private final Map<SearchField, Analyzer> analyzers;

	private final Cache<Analyzed, Text> texts = Caffeine.newBuilder().maximumSize(50_000).build();

	/**
	 * @param analyzers the analyzer of each searched field
	 */
	Highlighter(Map<SearchField, Analyzer> analyzers) {
		this.analyzers = Map.copyOf(analyzers);
	}

	/**
	 * The best passage of the field's values with the query's terms marked, or null where
	 * none matches.
	 */
	String highlight(SearchField field, List<String> values, SearchTerms terms) {
		Analyzer analyzer = analyzers.get(field);
		if (analyzer == null || values == null) {
			return null;
		}
		Passage best = null;
		for (String value : values) {
			if (value == null) {
				continue;
			}
			Text text = texts.get(new Analyzed(analyzer, value), key -> Text.of(key.analyzer(), key.value()));
			List<Token> matches = matches(field.key(), terms, text);
			if (matches.isEmpty()) {
				continue;
			}
			Passage passage = best(value, text.sentences(), matches);
			if (best == null || passage.score() > best.score()) {
				best = passage;
			}
		}
		return best == null ? null : best.html();
	}

	/**
	 * As the unified highlighter: passages are sentences, scored by Lucene's
	 * PassageScorer formula.
	 */
	private static Passage best(String value, int[] sentences, List<Token> matches) {
		Passage best = null;
		int next = 0;
		while (next < matches.size()) {
			int sentence = Arrays.binarySearch(sentences, matches.get(next).start());
			sentence = sentence >= 0 ? sentence : -sentence - 2;
			int start = sentences[sentence];
			int end = sentence + 1 < sentences.length ? sentences[sentence + 1] : value.length();
			List<Token> inside = new ArrayList<>();
			Map<String, Integer> frequencies = new HashMap<>();
			while (next < matches.size() && matches.get(next).start() < end) {
				inside.add(matches.get(next));
				frequencies.merge(matches.get(next).term(), 1, Integer::sum);
				next++;
			}
			end = Math.max(end, inside.get(inside.size() - 1).end());
			double score = 0;
			for (int frequency : frequencies.values()) {
				score += frequency / (frequency + K1 * ((1 - B) + B * ((end - start) / PIVOT)));
			}
			score *= 1 + 1 / Math.log(PIVOT + start);
			if (best == null || score > best.score()) {
				best = new Passage(value, start, end, inside, score);
			}
		}
		return best;
	}

	private static List<Token> analyze(Analyzer analyzer, String text) {
		List<Token> found = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				found.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	/**
	 * The matches in a field's tokens, in order; a phrase's occurrence is one match from
	 * its first to last word. Only the tokens that could start a match are visited, found
	 * through the text's term positions rather than by reading every token.
	 */
	static List<Token> matches(String field, SearchTerms terms, Text text) {
		Token[] tokens = text.tokens();
		BitSet candidates = new BitSet(tokens.length);
		for (String term : terms.words(field)) {
			text.mark(term, candidates);
		}
		for (List<String> phrase : terms.phrases(field)) {
			text.mark(phrase.get(0), candidates);
		}
		List<String> starts = terms.prefixes(field);
		if (!starts.isEmpty()) {
			text.positions().forEach((term, at) -> {
				if (starts.stream().anyMatch(term::startsWith)) {
					candidates.or(at);
				}
			});
		}
		List<Token> found = new ArrayList<>();
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			Token phrase = phraseAt(terms.phrases(field), tokens, i);
			if (phrase != null) {
				found.add(phrase);
				i += phrase.term().split(" ").length - 1;
			}
			else if (terms.words(field).contains(tokens[i].term())
					|| starts.stream().anyMatch(tokens[i].term()::startsWith)) {
				found.add(tokens[i]);
			}
		}
		return found;
	}

	private static Token phraseAt(List<List<String>> phrases, Token[] tokens, int at) {
		for (List<String> phrase : phrases) {
			if (at + phrase.size() > tokens.length) {
				continue;
			}
			boolean all = true;
			for (int j = 0; j < phrase.size() && all; j++) {
				all = tokens[at + j].term().equals(phrase.get(j));
			}
			if (all) {
				return new Token(String.join(" ", phrase), tokens[at].start(), tokens[at + phrase.size() - 1].end());
			}
		}
		return null;
	}

	record Token(String term, int start, int end) {
	}

	private record Analyzed(Analyzer analyzer, String value) {
	}

	/**
	 * A field value's tokens, where its sentences start (the first at 0), and where each
	 * term occurs among the tokens.
	 */
	record Text(Token[] tokens, int[] sentences, Map<String, BitSet> positions) {

		static Text of(Analyzer analyzer, String value) {
			BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
			iterator.setText(value);
			List<Integer> starts = new ArrayList<>();
			for (int at = iterator.first(); at != BreakIterator.DONE && at < value.length(); at = iterator.next()) {
				starts.add(at);
			}
			if (starts.isEmpty()) {
				starts.add(0);
			}
			Token[] tokens = analyze(analyzer, value).toArray(Token[]::new);
			Map<String, BitSet> positions = new HashMap<>();
			for (int i = 0; i < tokens.length; i++) {
				positions.computeIfAbsent(tokens[i].term(), term -> new BitSet()).set(i);
			}
			return new Text(tokens, starts.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(positions));
		}

		void mark(String term, BitSet into) {
			BitSet at = positions.get(term);
			if (at != null) {
				into.or(at);
			}
		}

	}

}
