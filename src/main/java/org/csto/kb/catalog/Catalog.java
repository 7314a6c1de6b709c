package org.csto.kb.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.csto.kb.shared.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * One feature's items, prepared once: the door through which the rest of the application
 * reads them. The knowledge base changes only by publication, so each feature reads its
 * rows at start-up, maps them to API records, and serves every request from here: no
 * request waits on the database, and none can cost a query per item. A publication
 * replaces the items it changed ({@link #replace}), and readers move from one complete
 * set of items to the next. The items are kept in the collection's default order, ties
 * broken by id, each beside its date parsed once, so that filters and sorts compare
 * intervals rather than text. Every order a request may ask for is sorted once here too:
 * a request walks the items in its order, keeping only those of its page, instead of
 * sorting the matches on every request.
 */
public abstract class Catalog<T> {

	private final Function<T, String> id;

	private final Function<T, String> date;

	private final Sorting<T> sorting;

	/** The items as they are now: replaced whole by a publication, never changed. */
	private volatile Items<T> items;

	/** A catalog of items without dates. */
	protected Catalog(List<T> items, Function<T, String> id, Sorting<T> sorting) {
		this(items, id, item -> null, sorting);
	}

	/**
	 * A catalog of items dated as the source dates them: as partial ISO dates, or null
	 * where it gives none.
	 */
	protected Catalog(List<T> items, Function<T, String> id, Function<T, String> date, Sorting<T> sorting) {
		this.id = id;
		this.date = date;
		this.sorting = sorting;
		this.items = index(items);
	}

	/**
	 * Puts these items in place of those of their ids, and takes out the removed ones:
	 * what a publication does. Readers see the old items or the new, never a mix.
	 */
	public synchronized void replace(Collection<T> changed, Collection<String> removed) {
		Map<String, T> next = new LinkedHashMap<>();
		items.entries().forEach(entry -> next.put(id.apply(entry.item()), entry.item()));
		removed.forEach(next::remove);
		changed.forEach(item -> next.put(id.apply(item), item));
		this.items = index(new ArrayList<>(next.values()));
	}

	private Items<T> index(List<T> all) {
		List<Entry<T>> entries = all.stream()
			.map(item -> new Entry<>(item, Optional.ofNullable(date.apply(item)).map(PartialDate::parse).orElse(null)))
			.sorted(sorting.defaultOrder().thenComparing(entry -> id.apply(entry.item())))
			.toList();
		Map<String, T> byId = new HashMap<>();
		entries.forEach(entry -> byId.put(id.apply(entry.item()), entry.item()));
		Map<Sort.Order, List<Entry<T>>> sorted = new HashMap<>();
		for (String field : sorting.fields()) {
			for (Sort.Direction direction : Sort.Direction.values()) {
				Sort sort = Sort.by(direction, field);
				sorted.put(sort.iterator().next(), entries.stream().sorted(sorting.comparator(sort)).toList());
			}
		}
		return new Items<>(entries, Map.copyOf(byId), Map.copyOf(sorted));
	}

	/** The fields a request may sort by, in the order they are documented. */
	public Set<String> sortFields() {
		return sorting.fields();
	}

	public Optional<T> find(String id) {
		return Optional.ofNullable(items.byId().get(id)).map(this::shown);
	}

	/** Every item, in the default order, as it is kept. */
	public List<T> all() {
		return items.entries().stream().map(Entry::item).toList();
	}

	public Page<T> page(PageQuery query) {
		return page(Filter.all(), query);
	}

	/** A page of the items a selection keeps, each shown as it asks. */
	public Page<T> page(Selection<T> selection, PageQuery query) {
		return page(selection.filter(), query).map(selection.shown());
	}

	/** The whole collection a selection keeps, sorted as the query asks. */
	public List<T> list(Selection<T> selection, PageQuery query) {
		return list(selection.filter(), query).stream().map(selection.shown()).toList();
	}

	public Page<T> page(Filter<? super T> filter, PageQuery query) {
		Pageable pageable = query.pageable(sorting);
		long offset = pageable.getOffset();
		List<T> content = new ArrayList<>(Math.min(pageable.getPageSize(), items.entries().size()));
		int matching = 0;
		for (Entry<T> entry : ordered(pageable.getSort())) {
			if (filter.accepts(entry.item(), entry.date())) {
				if (matching >= offset && content.size() < pageable.getPageSize()) {
					content.add(shown(entry.item()));
				}
				matching++;
			}
		}
		return new PageImpl<>(content, pageable, matching);
	}

	/** The whole collection, sorted as the query asks: what a CSV download carries. */
	public List<T> list(PageQuery query) {
		return list(Filter.all(), query);
	}

	/**
	 * The whole filtered collection, sorted as the query asks (its page and size do not
	 * apply).
	 */
	public List<T> list(Filter<? super T> filter, PageQuery query) {
		List<T> matching = new ArrayList<>();
		for (Entry<T> entry : ordered(query.sort(sorting))) {
			if (filter.accepts(entry.item(), entry.date())) {
				matching.add(shown(entry.item()));
			}
		}
		return matching;
	}

	/**
	 * An item as a request is answered with: as it is kept, unless a door adds what it
	 * derives from other items (the statements said at an event).
	 */
	protected T shown(T item) {
		return item;
	}

	/** Every item, in the order the sort asks for. */
	private List<Entry<T>> ordered(Sort sort) {
		Items<T> now = items;
		if (sort.isUnsorted()) {
			return now.entries();
		}
		List<Entry<T>> presorted = sort.stream().count() == 1 ? now.sorted().get(sort.iterator().next()) : null;
		return presorted != null ? presorted : now.entries().stream().sorted(sorting.comparator(sort)).toList();
	}

	/** An item beside its date, parsed once; the date is null where the item has none. */
	record Entry<T>(T item, PartialDate date) {
	}

	/**
	 * The items in the default order, by id, and in each order a request may give, field
	 * and direction. The sort is stable, so the default order breaks ties, as it would
	 * among the matches alone.
	 */
	private record Items<T>(List<Entry<T>> entries, Map<String, T> byId, Map<Sort.Order, List<Entry<T>>> sorted) {
	}

}
