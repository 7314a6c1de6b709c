package org.csto.kb.event;

import java.util.ArrayList;
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
@Table(name = "event")
class EventEntity implements Stored<Event> {

	@Id
	private String id;

	@Version
	private Integer version;

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
	private List<ResourceKey> participants = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_place", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<PlaceName> places = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_concern", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<ResourceKey> concerns = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "event_citation", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected EventEntity() {
	}

	EventEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	@Override
	public void apply(Event draft) {
		title = draft.title();
		kind = draft.kind().name();
		summary = draft.summary();
		dateValue = draft.date();
		datePrecision = draft.datePrecision() == null ? null : draft.datePrecision().name();
		duringEventId = draft.during() == null ? null : draft.during().id();
		note = draft.note();
		replace(participants, draft.participants().stream().map(Reference::key).toList());
		replace(places,
				draft.places()
					.stream()
					.map(place -> new PlaceName(place.name(), place.country() == null ? null : place.country().id()))
					.toList());
		replace(concerns, draft.concerns().stream().map(Reference::key).toList());
		replace(citations, draft.citations());
	}

	private static <T> void replace(List<T> list, List<T> values) {
		list.clear();
		list.addAll(values);
	}

	/**
	 * The event as the API shows it, but for the statements said at it, which its door
	 * adds.
	 */
	Event toEvent(References references) {
		PartialDate date = PartialDate.of(dateValue, datePrecision);
		return new Event(id, title, EventKind.valueOf(kind), summary, date == null ? null : date.value(),
				date == null ? null : date.precision(), participants.stream().map(references::resolve).toList(),
				places.stream()
					.map(place -> new Place(place.name(),
							place.countryCode() == null ? null
									: references.resolve(ResourceType.COUNTRY, place.countryCode())))
					.toList(),
				concerns.stream().map(references::resolve).toList(),
				duringEventId == null ? null : references.resolve(ResourceType.EVENT, duringEventId), List.of(), note,
				List.copyOf(citations), revision(), null);
	}

	@Embeddable
	record PlaceName(@Column(name = "name") String name, @Column(name = "country_code") String countryCode) {
	}

}
