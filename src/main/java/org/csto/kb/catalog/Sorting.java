package org.csto.kb.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.csto.kb.catalog.Catalog.Entry;
import org.csto.kb.shared.PartialDate;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * The fields a collection can be sorted by, and its order when a request names none.
 * Items with no value for the field sort last in either direction, so that undated events
 * stay at the end of a date sort.
 */
public final class Sorting<T> {

	private final Map<String, Function<Sort.Direction, Comparator<Entry<T>>>> fields = new LinkedHashMap<>();

	private Comparator<Entry<T>> defaultOrder = (a, b) -> 0;

	public <K> Sorting<T> by(String field, Function<T, K> key, Comparator<K> order) {
		return field(field, entry -> key.apply(entry.item()), order);
	}

	public Sorting<T> byText(String field, Function<T, String> key) {
		return by(field, key, String.CASE_INSENSITIVE_ORDER);
	}

	/**
	 * By the items' dates, as the intervals they cover: earlier first, and a year before
	 * a day in it.
	 */
	public Sorting<T> byDate(String field) {
		return field(field, Entry::date, PartialDate.CHRONOLOGICAL);
	}

	/**
	 * The order of the collection when a request gives no {@code sort}: one of its
	 * fields, ascending.
	 */
	public Sorting<T> byDefault(String field) {
		Assert.state(fields.containsKey(field), () -> "No sortable field " + field);
		defaultOrder = fields.get(field).apply(Sort.Direction.ASC);
		return this;
	}

	/**
	 * The order of the collection when a request gives no {@code sort}: a key in its
	 * natural order.
	 */
	public <K extends Comparable<? super K>> Sorting<T> byDefault(Function<T, K> key) {
		defaultOrder = Comparator.comparing(entry -> key.apply(entry.item()),
				Comparator.nullsLast(Comparator.naturalOrder()));
		return this;
	}

	public Set<String> fields() {
		return fields.keySet();
	}

	Comparator<Entry<T>> defaultOrder() {
		return defaultOrder;
	}

	Comparator<Entry<T>> comparator(Sort sort) {
		Comparator<Entry<T>> comparator = (a, b) -> 0;
		for (Sort.Order order : sort) {
			comparator = comparator.thenComparing(fields.get(order.getProperty()).apply(order.getDirection()));
		}
		return comparator;
	}

	private <K> Sorting<T> field(String field, Function<Entry<T>, K> key, Comparator<K> order) {
		fields.put(field, direction -> Comparator.comparing(key,
				Comparator.nullsLast(direction.isAscending() ? order : order.reversed())));
		return this;
	}

}
