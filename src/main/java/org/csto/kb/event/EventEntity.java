package org.csto.kb.event;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "event")
class EventEntity {

	@Id
	private String id;

	private String title;

	private String kind;

	private String summary;

	private String dateValue;

	private String datePrecision;

	private String location;

	private String note;

	@ElementCollection
	@CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<ResourceKey> participants;

	@ElementCollection
	@CollectionTable(name = "event_citation", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected EventEntity() {
	}

	Event toEvent(References references) {
		PartialDate date = PartialDate.of(dateValue, datePrecision);
		return new Event(id, title, EventKind.valueOf(kind), summary, date == null ? null : date.value(),
				date == null ? null : date.precision(), location,
				participants.stream().map(references::resolve).toList(), note, List.copyOf(citations));
	}

}
