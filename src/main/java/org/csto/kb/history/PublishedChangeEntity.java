package org.csto.kb.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.csto.kb.shared.ResourceKey;

/** One entry of the change feed: one item's change, numbered in order of publication. */
@Entity
@Table(name = "published_change")
class PublishedChangeEntity {

	@Id
	private long seq;

	private Instant publishedAt;

	private String itemType;

	private String itemId;

	private String action;

	private int revision;

	private String proposalId;

	protected PublishedChangeEntity() {
	}

	PublishedChangeEntity(long seq, Instant publishedAt, ResourceKey item, Action action, int revision,
			String proposalId) {
		this.seq = seq;
		this.publishedAt = publishedAt;
		this.itemType = item.type();
		this.itemId = item.id();
		this.action = action.key();
		this.revision = revision;
		this.proposalId = proposalId;
	}

	long seq() {
		return seq;
	}

	ResourceKey item() {
		return new ResourceKey(itemType, itemId);
	}

	Change toChange() {
		return new Change(seq, publishedAt, itemType, itemId, Action.fromKey(action), revision, proposalId);
	}

}
