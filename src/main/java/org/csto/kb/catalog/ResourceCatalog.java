package org.csto.kb.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceType;

/**
 * The catalog of one type of resource, the door the rest of the application reads and
 * writes it through: besides paging and finding its items, it says how a reference to one
 * reads and what words search finds one by, and it writes a published draft through its
 * {@link EntityStore}.
 *
 * @param <T> the API's record
 * @param <D> the draft a proposal gives: the record itself, except for a source's text
 */
public abstract class ResourceCatalog<T extends Record, D extends Record> extends Catalog<T> implements Curated<D> {

	private final Shape<T, D> shape;

	private final EntityStore<?, D, T> store;

	/**
	 * @param store how the items are read and written; null for a catalog of given items
	 * that no publication changes (a test's)
	 */
	protected ResourceCatalog(Shape<T, D> shape, EntityStore<?, D, T> store, List<T> items) {
		super(items, shape.id(), shape.date(), shape.sorting());
		this.shape = shape;
		this.store = store;
	}

	@Override
	public ResourceType type() {
		return shape.type();
	}

	@Override
	public Class<D> draftType() {
		return shape.draft();
	}

	public Reference reference(T item) {
		return new Reference(shape.type(), shape.id().apply(item), shape.name().apply(item));
	}

	public String id(T item) {
		return shape.id().apply(item);
	}

	/**
	 * The id of the item this one, as a client typed it, finds (a country's alpha-2 code
	 * finds its alpha-3 id), or empty where it finds none.
	 */
	public Optional<String> canonicalId(String id) {
		return find(id).map(this::id);
	}

	/**
	 * The words search finds the item by: one text for most items, one a passage for a
	 * source.
	 */
	public abstract List<SearchText> searchTexts(T item);

	/**
	 * Reads these items from the database again, after a publication: each as it is now,
	 * or out of the catalog where it was deleted.
	 */
	public void refresh(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<T> loaded = store.load(ids);
		Set<String> removed = new HashSet<>(ids);
		loaded.forEach(item -> removed.remove(id(item)));
		replace(loaded, removed);
	}

	/** The item as the database holds it now, not as this instance last read it. */
	public Optional<T> stored(String id) {
		return store.load(List.of(id)).stream().findFirst();
	}

	@Override
	public Optional<Integer> storedRevision(String id) {
		return store.revision(id);
	}

	@Override
	public int write(String id, D draft) {
		return store.write(id, draft);
	}

	@Override
	public void delete(String id) {
		store.delete(id);
	}

	/**
	 * What a resource type is, for its catalog: its type, the draft a proposal gives, an
	 * item's id, name and date (null where items have none), and how it sorts.
	 */
	public record Shape<T, D>(ResourceType type, Class<D> draft, Function<T, String> id, Function<T, String> name,
			Function<T, String> date, Sorting<T> sorting) {

		/** The shape of a type whose items have no date. */
		public Shape(ResourceType type, Class<D> draft, Function<T, String> id, Function<T, String> name,
				Sorting<T> sorting) {
			this(type, draft, id, name, item -> null, sorting);
		}

	}

}
