package org.csto.kb.history;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.csto.kb.shared.ResourceKey;

/**
 * One revision of one item: who proposed and who published it, when and why, and, once a
 * later revision supersedes it, the item as the API served it.
 */
@Entity
@Table(name = "item_revision")
@IdClass(ItemRevisionEntity.Key.class)
class ItemRevisionEntity {

	@Id
	private String itemType;

	@Id
	private String itemId;

	@Id
	private int revision;

	private String action;

	private Instant publishedAt;

	private String author;

	private String reviewer;

	private String proposalId;

	private String summary;

	private String content;

	protected ItemRevisionEntity() {
	}

	ItemRevisionEntity(String itemType, String itemId, int revision, Action action, Instant publishedAt,
			Publication publication) {
		this.itemType = itemType;
		this.itemId = itemId;
		this.revision = revision;
		this.action = action.key();
		this.publishedAt = publishedAt;
		this.author = publication.author();
		this.reviewer = publication.reviewer();
		this.proposalId = publication.proposal();
		this.summary = publication.summary();
	}

	ResourceKey key() {
		return new ResourceKey(itemType, itemId);
	}

	int revision() {
		return revision;
	}

	Action action() {
		return Action.fromKey(action);
	}

	String content() {
		return content;
	}

	/** Keeps the item as it was, now that a later revision supersedes it. */
	void superseded(String content) {
		this.content = content;
	}

	Revision toRevision() {
		return new Revision(revision, action(), publishedAt, author, reviewer, proposalId, summary);
	}

	record Key(String itemType, String itemId, int revision) implements Serializable {
	}

}
