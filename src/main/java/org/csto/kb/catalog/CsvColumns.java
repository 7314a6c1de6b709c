package org.csto.kb.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csto.kb.shared.Reference;
import org.csto.kb.shared.Citation;
import org.csto.kb.web.csv.CsvTable;

/**
 * How one kind of item flattens into CSV columns: references become {@code <field>Id} and
 * {@code <field>Name} columns, lists are joined with {@code "; "}, citations become passage numbers and
 * quotes.
 */
public final class CsvColumns<T> {

	private static final String LIST_SEPARATOR = "; ";

	private final List<String> header = new ArrayList<>();

	private final List<Function<T, String>> cells = new ArrayList<>();

	public static <T> CsvColumns<T> of(Class<T> type) {
		return new CsvColumns<>();
	}

	public CsvColumns<T> column(String name, Function<T, ?> value) {
		header.add(name);
		cells.add(item -> {
			Object cell = value.apply(item);
			return cell == null ? "" : cell.toString();
		});
		return this;
	}

	public CsvColumns<T> list(String name, Function<T, List<String>> values) {
		return column(name, item -> String.join(LIST_SEPARATOR, values.apply(item)));
	}

	public CsvColumns<T> reference(String field, Function<T, Reference> reference) {
		column(field + "Id", item -> reference.apply(item) == null ? null : reference.apply(item).id());
		return column(field + "Name", item -> reference.apply(item) == null ? null : reference.apply(item).name());
	}

	public CsvColumns<T> references(String field, Function<T, List<Reference>> references) {
		list(field + "Id", item -> references.apply(item).stream().map(Reference::id).toList());
		return list(field + "Name", item -> references.apply(item).stream().map(Reference::name).toList());
	}

	public CsvColumns<T> citations(Function<T, List<Citation>> citations) {
		list("citationPassages", item -> citations.apply(item).stream().map(c -> String.valueOf(c.passage())).toList());
		return column("citationQuotes", item -> citations.apply(item)
			.stream()
			.map(Citation::quote)
			.collect(Collectors.joining(" | ")));
	}

	public CsvTable table(String name, List<T> items) {
		return new CsvTable(name, List.copyOf(header),
				items.stream().map(item -> cells.stream().map(cell -> cell.apply(item)).toList()).toList());
	}

}
