package org.csto.kb.catalog;

import java.util.function.UnaryOperator;

/**
 * What a request asks of a collection: which items, and how each is shown (an
 * {@code involves} filter shows how each item involves its party).
 */
public record Selection<T>(Filter<T> filter, UnaryOperator<T> shown) {

	public static <T> Selection<T> of(Filter<T> filter) {
		return new Selection<>(filter, UnaryOperator.identity());
	}

}
