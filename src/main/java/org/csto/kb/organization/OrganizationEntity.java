package org.csto.kb.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
import org.csto.kb.catalog.Stored;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "organization")
class OrganizationEntity implements Stored<Organization> {

	@Id
	private String id;

	@Version
	private Integer version;

	private String name;

	private String abbreviation;

	private String description;

	private String founded;

	private String foundedPrecision;

	private String note;

	@ElementCollection
	@CollectionTable(name = "organization_name", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<AlternativeName> names = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "organization_party", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Party> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "organization_citation", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected OrganizationEntity() {
	}

	OrganizationEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	@Override
	public void apply(Organization draft) {
		name = draft.name();
		abbreviation = draft.abbreviation();
		description = draft.description();
		founded = draft.founded();
		foundedPrecision = draft.foundedPrecision() == null ? null : draft.foundedPrecision().name();
		note = draft.note();
		names.clear();
		names.addAll(draft.alternativeNames());
		parties.clear();
		Stream
			.concat(draft.founders().stream().map(founder -> Party.of(Relation.FOUNDER, founder)),
					draft.members().stream().map(member -> Party.of(Relation.MEMBER, member)))
			.forEach(parties::add);
		citations.clear();
		citations.addAll(draft.citations());
	}

	Organization toOrganization(References references) {
		PartialDate foundedDate = PartialDate.of(founded, foundedPrecision);
		return new Organization(id, name, abbreviation, List.copyOf(names), description,
				foundedDate == null ? null : foundedDate.value(), foundedDate == null ? null : foundedDate.precision(),
				parties(Relation.FOUNDER, references), parties(Relation.MEMBER, references), note,
				List.copyOf(citations), revision());
	}

	private List<Reference> parties(Relation relation, References references) {
		return parties.stream()
			.filter(party -> party.relation() == relation)
			.map(party -> references.resolve(new ResourceKey(party.type(), party.id())))
			.toList();
	}

	enum Relation {

		FOUNDER, MEMBER

	}

	@Embeddable
	record Party(@Enumerated(EnumType.STRING) Relation relation, @Column(name = "ref_type") String type,
			@Column(name = "ref_id") String id) {

		static Party of(Relation relation, Reference reference) {
			return new Party(relation, reference.type().key(), reference.id());
		}

	}

}
