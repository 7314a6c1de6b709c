package org.csto.kb.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.csto.kb.shared.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One feature's items, prepared once: the door through which the rest of the application
 * reads them. The knowledge base changes only through migrations, so each feature reads
 * its rows at start-up, maps them to API records, and serves every request from here: no
 * request waits on the database, and none can cost a query per item. The items are kept
 * in the collection's default order, ties broken by id, each beside its date parsed once,
 * so that filters and sorts compare intervals rather than text. Every order a request may
 * ask for is sorted once here too: a request walks the items in its order, keeping only
 * those of its page, instead of sorting the matches on every request.
 */
public abstract class Catalog<T> {

	private final List<Entry<T>> entries;

	private final Map<String, T> byId;

	private final Sorting<T> sorting;

	/**
	 * The items in each order a request may give, field and direction. The sort is
	 * stable, so the default order breaks ties, as it would among the matches alone.
	 */
	private final Map<Sort.Order, List<Entry<T>>> sorted = new HashMap<>();

	/** A catalog of items without dates. */
	protected Catalog(List<T> items, Function<T, String> id, Sorting<T> sorting) {
		this(items, id, item -> null, sorting);
	}

	/**
	 * A catalog of items dated as the source dates them: as partial ISO dates, or null
	 * where it gives none.
	 */
	protected Catalog(List<T> items, Function<T, String> id, Function<T, String> date, Sorting<T> sorting) {
		this.entries = items.stream()
			.map(item -> new Entry<>(item, Optional.ofNullable(date.apply(item)).map(PartialDate::parse).orElse(null)))
			.sorted(sorting.defaultOrder().thenComparing(entry -> id.apply(entry.item())))
			.toList();
		this.byId = entries.stream()
			.collect(Collectors.toUnmodifiableMap(entry -> id.apply(entry.item()), Entry::item));
		this.sorting = sorting;
		for (String field : sorting.fields()) {
			for (Sort.Direction direction : Sort.Direction.values()) {
				Sort sort = Sort.by(direction, field);
				sorted.put(sort.iterator().next(), entries.stream().sorted(sorting.comparator(sort)).toList());
			}
		}
	}

	/**
	 * Reads a feature's items in one read-only transaction, so that lazy collections load
	 * in batches.
	 */
	protected static <T> List<T> read(PlatformTransactionManager transactions, Supplier<List<T>> load) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return readOnly.execute(status -> load.get());
	}

	/** The fields a request may sort by, in the order they are documented. */
	public Set<String> sortFields() {
		return sorting.fields();
	}

	public Optional<T> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** Every item, in the default order. */
	public List<T> all() {
		return entries.stream().map(Entry::item).toList();
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
		List<T> content = new ArrayList<>(Math.min(pageable.getPageSize(), entries.size()));
		int matching = 0;
		for (Entry<T> entry : ordered(pageable.getSort())) {
			if (filter.accepts(entry.item(), entry.date())) {
				if (matching >= offset && content.size() < pageable.getPageSize()) {
					content.add(entry.item());
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
		return matching(filter, query.sort(sorting));
	}

	/** Unsorted, the matching items keep the default order. */
	private List<T> matching(Filter<? super T> filter, Sort sort) {
		List<T> matching = new ArrayList<>();
		for (Entry<T> entry : ordered(sort)) {
			if (filter.accepts(entry.item(), entry.date())) {
				matching.add(entry.item());
			}
		}
		return matching;
	}

	/** Every item, in the order the sort asks for. */
	private List<Entry<T>> ordered(Sort sort) {
		if (sort.isUnsorted()) {
			return entries;
		}
		List<Entry<T>> presorted = sort.stream().count() == 1 ? sorted.get(sort.iterator().next()) : null;
		return presorted != null ? presorted : entries.stream().sorted(sorting.comparator(sort)).toList();
	}

	/** An item beside its date, parsed once; the date is null where the item has none. */
	record Entry<T>(T item, PartialDate date) {
	}

}
