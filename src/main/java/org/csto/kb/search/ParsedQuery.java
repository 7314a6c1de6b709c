package org.csto.kb.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;

/**
 * A query as Lucene's simple query parser reads it, once: what it looks for, what it
 * excludes, and the terms to mark in a hit. The simple syntax joins a negation like any
 * other clause, by OR, so {@code CSTO -Armenia} would read "CSTO, or anything without
 * Armenia" and keep every hit that mentions both; its top-level exclusions are taken out
 * into a clause of their own, so that they keep out every hit that contains them, as the
 * API documents.
 *
 * @param wanted what a hit must match
 * @param excluded what no hit may match, or null
 * @param terms what to mark in a hit
 */
record ParsedQuery(Query wanted, Query excluded, SearchTerms terms) {

	/**
	 * Parses with the fields' analyzer and weights, words joined by OR, every operator
	 * on.
	 */
	static ParsedQuery parse(String text, Analyzer analyzer) {
		SimpleQueryParser parser = new SimpleQueryParser(analyzer, SearchField.weights());
		parser.setDefaultOperator(Occur.SHOULD);
		Query query = parser.parse(text);
		if (query == null) {
			// Nothing left to look for: the words were all stop words, say.
			return new ParsedQuery(new MatchNoDocsQuery(), null, SearchTerms.of(null));
		}
		List<Query> wanted = new ArrayList<>();
		List<Query> excluded = new ArrayList<>();
		for (BooleanClause clause : topLevel(query)) {
			Query negated = negated(clause.getQuery());
			if (negated != null) {
				excluded.add(negated);
			}
			else {
				wanted.add(clause.getQuery());
			}
		}
		if (excluded.isEmpty()) {
			return new ParsedQuery(query, null, SearchTerms.of(query));
		}
		Query looked = wanted.isEmpty() ? new MatchAllDocsQuery() : either(wanted);
		return new ParsedQuery(looked, either(excluded), SearchTerms.of(looked));
	}

	/**
	 * The clauses of a query joined by OR at the top, or the query itself as the only
	 * one.
	 */
	private static List<BooleanClause> topLevel(Query query) {
		if (query instanceof BooleanQuery bool
				&& bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.SHOULD)) {
			return bool.clauses();
		}
		return List.of(new BooleanClause(query, Occur.SHOULD));
	}

	/**
	 * What a negation excludes, or null for anything else: the parser writes {@code -x}
	 * as "everything, but not x".
	 */
	private static Query negated(Query query) {
		if (!(query instanceof BooleanQuery bool) || bool.clauses().size() != 2) {
			return null;
		}
		Query not = null;
		boolean everything = false;
		for (BooleanClause clause : bool.clauses()) {
			if (clause.getOccur() == Occur.MUST_NOT) {
				not = clause.getQuery();
			}
			else if (clause.getOccur() == Occur.SHOULD && clause.getQuery() instanceof MatchAllDocsQuery) {
				everything = true;
			}
		}
		return everything ? not : null;
	}

	private static Query either(List<Query> queries) {
		if (queries.size() == 1) {
			return queries.get(0);
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		queries.forEach(query -> any.add(query, Occur.SHOULD));
		return any.build();
	}

}
