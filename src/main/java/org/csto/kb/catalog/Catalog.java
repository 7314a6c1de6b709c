package org.csto.kb.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * so that filters and sorts compare intervals rather than text.
 */
public abstract class Catalog<T> {

	private final List<Entry<T>> entries;

	private final Map<String, T> byId;

	private final Sorting<T> sorting;

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

	public Page<T> page(Filter<? super T> filter, PageQuery query) {
		Pageable pageable = query.pageable(sorting);
		List<T> matching = matching(filter, pageable.getSort()).toList();
		long offset = pageable.getOffset();
		List<T> content = offset >= matching.size() ? List.of()
				: matching.subList((int) offset, (int) Math.min(matching.size(), offset + pageable.getPageSize()));
		return new PageImpl<>(content, pageable, matching.size());
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
		return matching(filter, query.sort(sorting)).toList();
	}

	/** Unsorted, the matching items keep the default order. */
	private Stream<T> matching(Filter<? super T> filter, Sort sort) {
		Stream<Entry<T>> matching = entries.stream().filter(entry -> filter.accepts(entry.item(), entry.date()));
		return (sort.isUnsorted() ? matching : matching.sorted(sorting.comparator(sort))).map(Entry::item);
	}

	/** An item beside its date, parsed once; the date is null where the item has none. */
	record Entry<T>(T item, PartialDate date) {
	}

}
