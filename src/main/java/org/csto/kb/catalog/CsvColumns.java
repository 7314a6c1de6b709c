package org.csto.kb.catalog;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.Reference;
import org.csto.kb.web.csv.CsvTable;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * How one kind of item flattens into CSV columns, one for each field of its record, in
 * order: a reference becomes {@code <field>Id} and {@code <field>Name} columns, a list is
 * joined with {@code "; "}, a list of small records (places) becomes a column per part,
 * citations become their passage numbers and quotes (joined with {@code " | "}, since
 * quotes hold semicolons), and any other value is written as text. A field of another
 * kind of list says how it is written with {@link #with}.
 */
public final class CsvColumns<T extends Record> {

	private static final String LIST_SEPARATOR = "; ";

	/**
	 * Quotes hold semicolons of their own, so a list of them takes a separator they lack.
	 */
	private static final String QUOTE_SEPARATOR = " | ";

	private final Map<String, List<Column<T>>> byField = new LinkedHashMap<>();

	private CsvColumns() {
	}

	public static <T extends Record> CsvColumns<T> of(Class<T> type) {
		CsvColumns<T> columns = new CsvColumns<>();
		for (RecordComponent field : type.getRecordComponents()) {
			columns.byField.put(field.getName(), columns(field));
		}
		return columns;
	}

	/** Writes the field as one column of this text instead. */
	public CsvColumns<T> with(String field, Function<T, ?> value) {
		byField.put(field, List.of(column(field, value)));
		return this;
	}

	public CsvTable table(String name, List<T> items) {
		List<Column<T>> columns = byField.values().stream().flatMap(List::stream).toList();
		return new CsvTable(name, columns.stream().map(Column::name).toList(),
				items.stream()
					.map(item -> columns.stream().map(column -> column.cell().apply(item)).toList())
					.toList());
	}

	private static <T> List<Column<T>> columns(RecordComponent field) {
		String name = field.getName();
		ReflectionUtils.makeAccessible(field.getAccessor());
		Function<T, Object> value = item -> ReflectionUtils.invokeMethod(field.getAccessor(), item);
		if (field.getType() == Reference.class) {
			Function<T, Reference> reference = value.andThen(Reference.class::cast);
			return List.of(column(name + "Id", reference.andThen(ref -> ref == null ? null : ref.id())),
					column(name + "Name", reference.andThen(ref -> ref == null ? null : ref.name())));
		}
		if (field.getType() != List.class) {
			return List.of(column(name, value));
		}
		Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
		Function<T, List<?>> list = value.andThen(List.class::cast);
		if (element == Reference.class) {
			return references(name, list);
		}
		if (element == Citation.class) {
			return List.of(
					column("citationPassages", joined(list, item -> ((Citation) item).passage(), LIST_SEPARATOR)),
					column("citationQuotes", joined(list, item -> ((Citation) item).quote(), QUOTE_SEPARATOR)));
		}
		if (element == AlternativeName.class) {
			return List.of(column(name, joined(list, item -> ((AlternativeName) item).name(), LIST_SEPARATOR)));
		}
		if (element == String.class) {
			return List.of(column(name, joined(list, item -> item, LIST_SEPARATOR)));
		}
		if (element instanceof Class<?> type && type.isRecord()) {
			return parts(name, type, list);
		}
		return List.of(column(name, item -> {
			throw new IllegalStateException("Field " + name + " needs a column given with(" + name + ", ...)");
		}));
	}

	/**
	 * A list of small records, such as places, as one column per part:
	 * {@code placesName}, {@code placesCountryId}, {@code placesCountryName}, each
	 * listing the parts in the list's order, an absent one as an empty string.
	 */
	private static <T> List<Column<T>> parts(String name, Class<?> type, Function<T, List<?>> list) {
		List<Column<T>> columns = new ArrayList<>();
		for (RecordComponent part : type.getRecordComponents()) {
			ReflectionUtils.makeAccessible(part.getAccessor());
			String column = name + StringUtils.capitalize(part.getName());
			Function<Object, Object> of = element -> ReflectionUtils.invokeMethod(part.getAccessor(), element);
			if (part.getType() == Reference.class) {
				columns.add(column(column + "Id",
						joined(list, of.andThen(ref -> ref == null ? "" : ((Reference) ref).id()), LIST_SEPARATOR)));
				columns.add(column(column + "Name",
						joined(list, of.andThen(ref -> ref == null ? "" : ((Reference) ref).name()), LIST_SEPARATOR)));
			}
			else {
				columns
					.add(column(column, joined(list, of.andThen(value -> value == null ? "" : value), LIST_SEPARATOR)));
			}
		}
		return columns;
	}

	private static <T> List<Column<T>> references(String name, Function<T, List<?>> list) {
		return List.of(column(name + "Id", joined(list, item -> ((Reference) item).id(), LIST_SEPARATOR)),
				column(name + "Name", joined(list, item -> ((Reference) item).name(), LIST_SEPARATOR)));
	}

	private static <T> Function<T, String> joined(Function<T, List<?>> list, Function<Object, Object> each,
			String separator) {
		return item -> {
			List<?> values = list.apply(item);
			return values == null ? null
					: values.stream().map(each).map(String::valueOf).collect(Collectors.joining(separator));
		};
	}

	private static <T> Column<T> column(String name, Function<T, ?> value) {
		return new Column<>(name, item -> {
			Object cell = value.apply(item);
			return cell == null ? "" : cell.toString();
		});
	}

	private record Column<T>(String name, Function<T, String> cell) {
	}

}
