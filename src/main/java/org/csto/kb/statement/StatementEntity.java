package org.csto.kb.statement;

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
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "statement")
class StatementEntity {

	@Id
	private String id;

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
	private List<ResourceKey> about;

	@ElementCollection
	@CollectionTable(name = "statement_citation", joinColumns = @JoinColumn(name = "statement_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected StatementEntity() {
	}

	Statement toStatement(References references) {
		PartialDate date = PartialDate.of(dateValue, datePrecision);
		return new Statement(id, text, StatementKind.valueOf(kind), references.resolve(speaker),
				about.stream().map(references::resolve).toList(), date == null ? null : date.value(),
				date == null ? null : date.precision(),
				eventId == null ? null : references.resolve(ResourceType.EVENT, eventId), note, List.copyOf(citations),
				null);
	}

}
