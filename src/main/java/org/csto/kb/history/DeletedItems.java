package org.csto.kb.history;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.web.problem.ProblemException;
import org.csto.kb.web.problem.ProblemType;
import org.csto.kb.web.problem.Tombstones;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The items a publication deleted, each with the revision that deleted it: a deleted id
 * answers {@code 410}, and is never given to another item, so that its history stays its
 * own.
 */
@Component
public class DeletedItems implements Tombstones {

	private final ItemRevisionRepository revisions;

	private final TransactionTemplate readOnly;

	private final Map<ResourceKey, Revision> deleted = new ConcurrentHashMap<>();

	DeletedItems(ItemRevisionRepository revisions, PlatformTransactionManager transactions) {
		this.revisions = revisions;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> revisions.findByAction(Action.DELETE.key())
			.forEach(revision -> deleted.put(revision.key(), revision.toRevision())));
	}

	/** The revision that deleted the item, or empty where it was never deleted. */
	public Optional<Revision> deletion(ResourceKey item) {
		return Optional.ofNullable(deleted.get(item));
	}

	/** Reads again whether these items are deleted, after changes to them. */
	void refresh(Collection<ResourceKey> items) {
		readOnly.executeWithoutResult(status -> items
			.forEach(item -> revisions.findFirstByItemTypeAndItemIdOrderByRevisionDesc(item.type(), item.id())
				.filter(latest -> latest.action() == Action.DELETE)
				.ifPresentOrElse(latest -> deleted.put(item, latest.toRevision()), () -> deleted.remove(item))));
	}

	@Override
	public Optional<ProblemException> gone(String kind, String id) {
		ResourceType type = ResourceType.find(kind).orElse(null);
		if (type == null) {
			return Optional.empty();
		}
		return deletion(new ResourceKey(type.key(), id)).map(revision -> new ProblemException(ProblemType.GONE,
				type.singular() + " '" + id + "' was deleted in its revision " + revision.revision() + ", published "
						+ revision.publishedAt() + " from proposal " + revision.proposal() + "; its history is at "
						+ type.path() + "/" + id + "/revisions",
				Map.of("revision", revision.revision())));
	}

}
