package org.csto.kb.catalog;

import java.util.List;
import java.util.function.Function;

import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;

/**
 * The catalog of one type of resource, the door the rest of the application reads it
 * through: besides paging and finding its items, it says how a reference to one reads and
 * what words search finds one by.
 */
public abstract class ResourceCatalog<T extends Record> extends Catalog<T> {

	private final ResourceType type;

	private final Function<T, String> id;

	private final Function<T, String> name;

	/** A catalog of resources without dates. */
	protected ResourceCatalog(ResourceType type, List<T> items, Function<T, String> id, Function<T, String> name,
			Sorting<T> sorting) {
		this(type, items, id, name, item -> null, sorting);
	}

	/** A catalog of resources dated as the source dates them. */
	protected ResourceCatalog(ResourceType type, List<T> items, Function<T, String> id, Function<T, String> name,
			Function<T, String> date, Sorting<T> sorting) {
		super(items, id, date, sorting);
		this.type = type;
		this.id = id;
		this.name = name;
	}

	public ResourceType type() {
		return type;
	}

	public Reference reference(T item) {
		return new Reference(type, id.apply(item), name.apply(item));
	}

	public String id(T item) {
		return id.apply(item);
	}

	/**
	 * The words search finds the item by: one text for most items, one a passage for a
	 * source.
	 */
	public abstract List<SearchText> searchTexts(T item);

}
