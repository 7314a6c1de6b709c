package org.csto.kb.catalog;

import java.util.function.Predicate;

import org.csto.kb.shared.PartialDate;

/**
 * Which items of a catalog a request wants, judged by each item and its date (null where
 * it has none).
 */
@FunctionalInterface
public interface Filter<T> {

	boolean accepts(T item, PartialDate date);

	default Filter<T> and(Predicate<? super T> predicate) {
		return (item, date) -> accepts(item, date) && predicate.test(item);
	}

	static <T> Filter<T> all() {
		return (item, date) -> true;
	}

	/**
	 * The items whose date overlaps the range; undated items only while the range has no
	 * bound.
	 */
	static <T> Filter<T> within(DateRange range) {
		return (item, date) -> range.includes(date);
	}

}
