package org.csto.kb.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.domain.Sort;

/**
 * The fields a collection can be sorted by. Items with no value for the field sort last in either
 * direction, so that undated events stay at the end of a date sort.
 */
public final class Sorting<T> {

	private final Map<String, Function<Sort.Direction, Comparator<T>>> fields = new LinkedHashMap<>();

	private Sort defaultOrder = Sort.unsorted();

	public static <T> Sorting<T> of(Class<T> type) {
		return new Sorting<>();
	}

	public <K> Sorting<T> by(String field, Function<T, K> key, Comparator<K> order) {
		fields.put(field, direction -> Comparator.comparing(key,
				Comparator.nullsLast(direction.isAscending() ? order : order.reversed())));
		return this;
	}

	public Sorting<T> byText(String field, Function<T, String> key) {
		return by(field, key, String.CASE_INSENSITIVE_ORDER);
	}

	/** The order of the collection when a request gives no {@code sort}. */
	public Sorting<T> byDefault(String field) {
		defaultOrder = Sort.by(field);
		return this;
	}

	Sort defaultOrder() {
		return defaultOrder;
	}

	public Set<String> fields() {
		return fields.keySet();
	}

	Comparator<T> comparator(Sort sort) {
		Comparator<T> comparator = (a, b) -> 0;
		for (Sort.Order order : sort) {
			comparator = comparator.thenComparing(fields.get(order.getProperty()).apply(order.getDirection()));
		}
		return comparator;
	}

}
