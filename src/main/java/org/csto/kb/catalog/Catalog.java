package org.csto.kb.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One feature's answers, prepared once. The knowledge base changes only through migrations, so each
 * feature reads its rows at start-up, maps them to API records, and serves every request from here:
 * no request waits on the database, and none can cost a query per item.
 */
public final class Catalog<T> {

	private final List<T> items;

	private final Map<String, T> byId;

	private final Sorting<T> sorting;

	public Catalog(List<T> items, Function<T, String> id, Sorting<T> sorting) {
		this.items = items.stream().sorted(sorting.comparator(sorting.defaultOrder())).toList();
		this.byId = this.items.stream().collect(Collectors.toUnmodifiableMap(id, item -> item));
		this.sorting = sorting;
	}

	/** Reads and maps a feature's items in one read-only transaction, so lazy collections load in batches. */
	public static <T> Catalog<T> prepare(PlatformTransactionManager transactions, Supplier<List<T>> load,
			Function<T, String> id, Sorting<T> sorting) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		return new Catalog<>(readOnly.execute(status -> load.get()), id, sorting);
	}

	public Optional<T> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public List<T> all() {
		return items;
	}

	public Sorting<T> sorting() {
		return sorting;
	}

	/** The whole filtered collection, sorted: what a CSV download carries. Unsorted, it keeps the default order. */
	public List<T> list(Predicate<? super T> filter, Sort sort) {
		Stream<T> matching = items.stream().filter(filter);
		return (sort.isUnsorted() ? matching : matching.sorted(sorting.comparator(sort))).toList();
	}

	public Page<T> page(Predicate<? super T> filter, Pageable pageable) {
		List<T> matching = list(filter, pageable.getSort());
		long offset = pageable.getOffset();
		List<T> content = offset >= matching.size() ? List.of()
				: matching.subList((int) offset, (int) Math.min(matching.size(), offset + pageable.getPageSize()));
		return new PageImpl<>(content, pageable, matching.size());
	}

}
