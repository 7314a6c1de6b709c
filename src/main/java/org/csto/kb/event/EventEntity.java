package org.csto.kb.event;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
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

	private String duringEventId;

	private String note;

	@ElementCollection
	@CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<ResourceKey> participants;

	@ElementCollection
	@CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<PlaceName> places;

	@ElementCollection
	@CollectionTable(name = "event_concern", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<ResourceKey> concerns;

	@ElementCollection
	@CollectionTable(name = "event_citation", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected EventEntity() {
	}

	String id() {
		return id;
	}

	/** The event as the API shows it, with the statements the source ties to it. */
	Event toEvent(References references, List<Reference> statements) {
		PartialDate date = PartialDate.of(dateValue, datePrecision);
		return new Event(id, title, EventKind.valueOf(kind), summary, date == null ? null : date.value(),
				date == null ? null : date.precision(), participants.stream().map(references::resolve).toList(),
				places.stream()
					.map(place -> new Place(place.name(),
							place.countryCode() == null ? null
									: references.resolve(ResourceType.COUNTRY, place.countryCode())))
					.toList(),
				concerns.stream().map(references::resolve).toList(),
				duringEventId == null ? null : references.resolve(ResourceType.EVENT, duringEventId), statements, note,
				List.copyOf(citations), null);
	}

	@Embeddable
	record PlaceName(@Column(name = "name") String name, @Column(name = "country_code") String countryCode) {
	}

}
