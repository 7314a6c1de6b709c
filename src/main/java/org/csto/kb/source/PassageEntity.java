package org.csto.kb.source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

/** A passage never changes once its source is published: citations point into it. */
@Entity
@Immutable
@Table(name = "passage")
class PassageEntity {

	@EmbeddedId
	private Id id;

	private String text;

	@ElementCollection
	@CollectionTable(name = "passage_marker",
			joinColumns = { @JoinColumn(name = "source_id"), @JoinColumn(name = "passage_number") })
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	@Column(name = "marker")
	private List<String> markers = new ArrayList<>();

	protected PassageEntity() {
	}

	PassageEntity(String source, int number, String text) {
		this.id = new Id(source, number);
		this.text = text;
		this.markers.addAll(SourceText.markers(text));
	}

	Passage toPassage() {
		return new Passage(id.passageNumber, text, List.copyOf(markers), List.of());
	}

	@Embeddable
	record Id(@Column(name = "source_id") String sourceId,
			@Column(name = "passage_number") int passageNumber) implements Serializable {
	}

}
