package org.csto.kb.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A proposal as it is kept: each change with the item as its author gave it, as JSON. */
@Entity
@Table(name = "proposal")
class ProposalEntity {

	@Id
	private String id;

	private String summary;

	@Enumerated(EnumType.STRING)
	private ProposalStatus status;

	private String author;

	private Instant createdAt;

	private Instant updatedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String reason;

	@Version
	private Integer version;

	@ElementCollection
	@CollectionTable(name = "proposal_change", joinColumns = @JoinColumn(name = "proposal_id"))
	@OrderColumn(name = "sort_order")
	private List<Row> changes = new ArrayList<>();

	protected ProposalEntity() {
	}

	ProposalEntity(String id, String author, Instant at) {
		this.id = id;
		this.author = author;
		this.status = ProposalStatus.OPEN;
		this.createdAt = at;
	}

	/** Takes the summary and changes of its author's latest version. */
	void revise(String summary, List<Row> changes, Instant at) {
		this.summary = summary;
		this.changes.clear();
		this.changes.addAll(changes);
		this.updatedAt = at;
	}

	/** Closes it: published, rejected or withdrawn, by whom, when and why. */
	void decide(ProposalStatus status, String by, Instant at, String reason) {
		this.status = status;
		this.decidedBy = by;
		this.decidedAt = at;
		this.reason = reason;
		this.updatedAt = at;
	}

	String id() {
		return id;
	}

	String summary() {
		return summary;
	}

	ProposalStatus status() {
		return status;
	}

	String author() {
		return author;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	String reason() {
		return reason;
	}

	List<Row> changes() {
		return List.copyOf(changes);
	}

	/**
	 * One change as it is kept: the item as its author gave it, as JSON, so that the
	 * proposal reads later as it was made.
	 */
	@Embeddable
	record Row(@Column(name = "action") String action, @Column(name = "item_type") String type,
			@Column(name = "item_id") String id, @Column(name = "base_revision") Integer baseRevision,
			@Column(name = "item") String item) {
	}

}
