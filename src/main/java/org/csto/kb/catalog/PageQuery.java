package org.csto.kb.catalog;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.csto.kb.web.problem.InvalidParameterException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The paging and sorting parameters of every collection, bound as text so that a bad
 * value gets a problem that names the parameter and what it accepts.
 */
public record PageQuery(
		@Parameter(description = "Page number, counted from 0", example = "0",
				schema = @Schema(type = "integer", minimum = "0", maximum = "" + MAX_PAGE,
						defaultValue = "0")) String page,
		@Parameter(description = "Page size, from 1 to 100", example = "20",
				schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) String size,
		@Parameter(
				description = "The order: a field and a direction, from the values listed. Without it, the collection's default order.") String sort) {

	/** For a collection that is not sorted on request. */
	public static final Sorting<Object> UNSORTED = new Sorting<>();

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The last page number whose offset still fits an {@code int}. */
	public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

	public Pageable pageable(Sorting<?> sorting) {
		int number = integer("page", page, 0, 0, MAX_PAGE);
		int pageSize = integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
		return PageRequest.of(number, pageSize, sort(sorting));
	}

	public Sort sort(Sorting<?> sorting) {
		if (sort == null || sort.isBlank()) {
			return Sort.unsorted();
		}
		String[] parts = sort.split(",", -1);
		String field = parts[0].trim();
		if (!sorting.fields().contains(field) || parts.length > 2) {
			throw new InvalidParameterException("sort", "Parameter 'sort' must be one of " + sorting.fields()
					+ ", optionally followed by ',asc' or ',desc'; got '" + sort + "'");
		}
		Sort.Direction direction = Sort.Direction.ASC;
		if (parts.length == 2) {
			direction = switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
				case "asc" -> Sort.Direction.ASC;
				case "desc" -> Sort.Direction.DESC;
				default -> throw new InvalidParameterException("sort",
						"Parameter 'sort' takes the direction 'asc' or 'desc' after the comma; got '" + parts[1] + "'");
			};
		}
		return Sort.by(direction, field);
	}

	private static int integer(String name, String value, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.trim());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, with what the parameter accepts
		}
		throw new InvalidParameterException(name,
				"Parameter '" + name + "' must be a whole number from " + min + " to " + max + "; got '" + value + "'");
	}

}
