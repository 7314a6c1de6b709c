package org.csto.kb.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.csto.kb.catalog.ReadModel;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.source.SourceText;
import org.csto.kb.web.http.DataVersion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How this instance follows the published changes: it reads those after the last one it
 * applied, in order, and applies them to the read model, so that every request sees the
 * knowledge base as the last of them left it. The data version is the shipped source
 * text's checksum and, once anything is published, the number of the last change applied:
 * every publication changes it, and with it every ETag.
 */
@Component
public class ChangeFeed implements DataVersion {

	private final PublishedChangeRepository changes;

	private final KnowledgeBaseRepository knowledgeBase;

	private final ReadModel readModel;

	private final DeletedItems deleted;

	private final TransactionTemplate readOnly;

	/** The number of the last change the read model holds. */
	private volatile long applied;

	ChangeFeed(PublishedChangeRepository changes, KnowledgeBaseRepository knowledgeBase, ReadModel readModel,
			DeletedItems deleted, PlatformTransactionManager transactions) {
		this.changes = changes;
		this.knowledgeBase = knowledgeBase;
		this.readModel = readModel;
		this.deleted = deleted;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		// The read model was read at start-up, after every change so far.
		this.applied = readOnly.execute(status -> knowledgeBase.findById(KnowledgeBaseEntity.ID)
			.map(KnowledgeBaseEntity::lastChange)
			.orElse(0L));
	}

	/**
	 * Applies the changes published since the last one applied: after this instance's own
	 * publication commits, and whenever another instance's may have.
	 * @return how many changes were applied
	 */
	public synchronized int catchUp() {
		List<PublishedChangeEntity> next = readOnly.execute(status -> changes.findBySeqGreaterThanOrderBySeq(applied));
		if (next.isEmpty()) {
			return 0;
		}
		Set<ResourceKey> items = new LinkedHashSet<>();
		next.forEach(change -> items.add(change.item()));
		readModel.apply(items);
		deleted.refresh(items);
		applied = next.get(next.size() - 1).seq();
		return next.size();
	}

	/** The number of the last change this instance serves. */
	public long applied() {
		return applied;
	}

	@Override
	public String value() {
		long last = applied;
		return last == 0 ? SourceText.dataVersion() : SourceText.dataVersion() + "." + last;
	}

}
