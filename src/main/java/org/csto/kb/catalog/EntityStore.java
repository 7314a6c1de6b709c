package org.csto.kb.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a door reads its items from the database and writes them, the same for every type:
 * its repository, how a new entity is made, and how an entity is shown as the API's
 * record.
 *
 * @param <E> the entity
 * @param <D> the draft a proposal gives
 * @param <T> the API's record
 */
public final class EntityStore<E extends Stored<D>, D, T> {

	private final JpaRepository<E, String> repository;

	private final Function<String, E> create;

	private final Function<E, T> show;

	private final TransactionTemplate readOnly;

	public EntityStore(JpaRepository<E, String> repository, Function<String, E> create, Function<E, T> show,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.create = create;
		this.show = show;
		this.readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
	}

	/**
	 * Every item, read in one read-only transaction, so that lazy collections load in
	 * batches.
	 */
	public List<T> all() {
		return readOnly.execute(status -> repository.findAll().stream().map(show).toList());
	}

	List<T> load(Collection<String> ids) {
		return readOnly.execute(status -> repository.findAllById(ids).stream().map(show).toList());
	}

	Optional<Integer> revision(String id) {
		return repository.findById(id).map(Stored::revision);
	}

	/**
	 * In the publication's transaction, flushed at once, so that the revision it returns
	 * is the one JPA's version check wrote.
	 */
	int write(String id, D draft) {
		E entity = repository.findById(id).orElseGet(() -> create.apply(id));
		entity.apply(draft);
		return repository.saveAndFlush(entity).revision();
	}

	/** In the publication's transaction. */
	void delete(String id) {
		repository.deleteById(id);
		repository.flush();
	}

}
