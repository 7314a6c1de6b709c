package org.csto.kb.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.csto.kb.shared.ResourceKey;
import org.springframework.data.domain.Limit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every item's revisions and the feed of published changes: written by a publication, in
 * its transaction, and read by the history and feed endpoints.
 */
@Component
public class History {

	/**
	 * The PostgreSQL channel a publication notifies as it commits, for the other
	 * instances' {@link ChangeFollower}.
	 */
	static final String CHANNEL = "kb_changes";

	private final KnowledgeBaseRepository knowledgeBase;

	private final ItemRevisionRepository revisions;

	private final PublishedChangeRepository changes;

	/**
	 * New rows are persisted, not merged: their ids are given, and no row has them yet.
	 */
	private final EntityManager entities;

	/** Whether the database is PostgreSQL, whose notifications carry publications. */
	final boolean postgres;

	History(KnowledgeBaseRepository knowledgeBase, ItemRevisionRepository revisions, PublishedChangeRepository changes,
			EntityManager entities, @Value("${spring.datasource.url:}") String url) {
		this.postgres = url.startsWith("jdbc:postgresql:");
		this.knowledgeBase = knowledgeBase;
		this.revisions = revisions;
		this.changes = changes;
		this.entities = entities;
	}

	/**
	 * Takes the publication's turn: the knowledge base's row stays locked until its
	 * transaction ends, so that publications on every instance follow one another, each
	 * checked against what the one before it wrote.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Turn takeTurn() {
		KnowledgeBaseEntity row = knowledgeBase.lockForPublication()
			.orElseThrow(() -> new IllegalStateException("The knowledge_base row is missing"));
		if (postgres) {
			// Sent when the transaction commits, and not at all if it rolls back.
			entities.createNativeQuery("select pg_notify('" + CHANNEL + "', '')").getSingleResult();
		}
		// Microseconds, as PostgreSQL keeps them, so that what is read back is what was
		// written.
		return new Turn(row, Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Each revision of an item, newest first; empty where there never was such an item.
	 */
	@Transactional(readOnly = true)
	public List<Revision> revisions(ResourceKey item) {
		return revisions.findByItemTypeAndItemIdOrderByRevisionDesc(item.type(), item.id())
			.stream()
			.map(ItemRevisionEntity::toRevision)
			.toList();
	}

	/**
	 * An item's revision, and the item as it was where a later revision superseded it.
	 */
	@Transactional(readOnly = true)
	public Optional<Kept> revision(ResourceKey item, int revision) {
		return revisions.findById(new ItemRevisionEntity.Key(item.type(), item.id(), revision))
			.map(found -> new Kept(found.toRevision(), found.content()));
	}

	/** The published changes after this one, in order, at most as many as the limit. */
	@Transactional(readOnly = true)
	public List<Change> changes(long after, int limit) {
		return changes.findBySeqGreaterThanOrderBySeq(after, Limit.of(limit))
			.stream()
			.map(PublishedChangeEntity::toChange)
			.toList();
	}

	/**
	 * A revision as the history keeps it.
	 *
	 * @param content the item as the API served it, as JSON; null for the latest
	 * revision, which is the item itself, and for a deletion
	 */
	public record Kept(Revision revision, String content) {
	}

	/**
	 * A publication's turn: it numbers the changes the publication makes, and records
	 * each beside the item's revision it makes, in the publication's transaction.
	 */
	public final class Turn {

		private final KnowledgeBaseEntity row;

		private final Instant at;

		private Turn(KnowledgeBaseEntity row, Instant at) {
			this.row = row;
			this.at = at;
		}

		/**
		 * Records that the publication made this revision of the item, and keeps the
		 * revision it supersedes as the API served it.
		 * @param previous the item before this change, as JSON; null for a creation
		 */
		public void record(Publication publication, ResourceKey item, Action action, int revision, String previous) {
			if (previous != null) {
				revisions.findById(new ItemRevisionEntity.Key(item.type(), item.id(), revision - 1))
					.ifPresent(superseded -> superseded.superseded(previous));
			}
			entities.persist(new ItemRevisionEntity(item.type(), item.id(), revision, action, at, publication));
			entities.persist(
					new PublishedChangeEntity(row.nextChange(), at, item, action, revision, publication.proposal()));
		}

		/** When the publication is published. */
		public Instant at() {
			return at;
		}

	}

}
