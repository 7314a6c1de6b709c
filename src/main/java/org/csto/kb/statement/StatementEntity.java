package org.csto.kb.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.csto.kb.catalog.Stored;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "statement")
class StatementEntity implements Stored<Statement> {

	@Id
	private String id;

	@Version
	private Integer version;

	private String text;

	private String kind;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "type", column = @Column(name = "speaker_type")),
			@AttributeOverride(name = "id", column = @Column(name = "speaker_id")) })
	private ResourceKey speaker;

	private String dateValue;

	private String datePrecision;

	private String eventId;

	private String note;

	@ElementCollection
	@CollectionTable(name = "statement_about", joinColumns = @JoinColumn(name = "statement_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<ResourceKey> about = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "statement_citation", joinColumns = @JoinColumn(name = "statement_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected StatementEntity() {
	}

	StatementEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	@Override
	public void apply(Statement draft) {
		text = draft.text();
		kind = draft.kind().name();
		speaker = draft.speaker().key();
		dateValue = draft.date();
		datePrecision = draft.datePrecision() == null ? null : draft.datePrecision().name();
		eventId = draft.event() == null ? null : draft.event().id();
		note = draft.note();
		about.clear();
		about.addAll(draft.about().stream().map(Reference::key).toList());
		citations.clear();
		citations.addAll(draft.citations());
	}

	Statement toStatement(References references) {
		PartialDate date = PartialDate.of(dateValue, datePrecision);
		return new Statement(id, text, StatementKind.valueOf(kind), references.resolve(speaker),
				about.stream().map(references::resolve).toList(), date == null ? null : date.value(),
				date == null ? null : date.precision(),
				eventId == null ? null : references.resolve(ResourceType.EVENT, eventId), note, List.copyOf(citations),
				revision(), null);
	}

}
