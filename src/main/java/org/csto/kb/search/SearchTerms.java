package org.csto.kb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a query looks for, field by field, as the query itself holds them once each
 * field's analyzer has made them: words (a fuzzy word as written), quoted phrases, and
 * the starts of {@code prefix*} words. What a query excludes it does not look for, so it
 * is not marked either.
 */
final class SearchTerms {

	private final Map<String, Set<String>> words = new HashMap<>();

	private final Map<String, List<List<String>>> phrases = new HashMap<>();

	private final Map<String, List<String>> prefixes = new HashMap<>();

	private SearchTerms() {
	}

	static SearchTerms of(Query query) {
		SearchTerms terms = new SearchTerms();
		if (query != null) {
			query.visit(terms.new Collector());
		}
		return terms;
	}

	Set<String> words(String field) {
		return words.getOrDefault(field, Set.of());
	}

	List<List<String>> phrases(String field) {
		return phrases.getOrDefault(field, List.of());
	}

	List<String> prefixes(String field) {
		return prefixes.getOrDefault(field, List.of());
	}

	private final class Collector extends QueryVisitor {

		@Override
		public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
			return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
		}

		@Override
		public void consumeTerms(Query query, Term... terms) {
			String field = terms[0].field();
			if (query instanceof PhraseQuery && terms.length > 1) {
				List<String> phrase = new ArrayList<>();
				for (Term term : terms) {
					phrase.add(term.text());
				}
				phrases.computeIfAbsent(field, key -> new ArrayList<>()).add(phrase);
				return;
			}
			for (Term term : terms) {
				words.computeIfAbsent(field, key -> new HashSet<>()).add(term.text());
			}
		}

		@Override
		public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
			if (query instanceof PrefixQuery prefix) {
				prefixes.computeIfAbsent(field, key -> new ArrayList<>()).add(prefix.getPrefix().text());
			}
			else if (query instanceof FuzzyQuery fuzzy) {
				words.computeIfAbsent(field, key -> new HashSet<>()).add(fuzzy.getTerm().text());
			}
		}

	}

}
