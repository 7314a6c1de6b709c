package org.csto.kb.organization;

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
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.PartialDate;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.References;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "organization")
class OrganizationEntity {

	@Id
	private String id;

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
	private List<AlternativeName> names;

	@ElementCollection
	@CollectionTable(name = "organization_party", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Party> parties;

	@ElementCollection
	@CollectionTable(name = "organization_citation", joinColumns = @JoinColumn(name = "organization_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected OrganizationEntity() {
	}

	Organization toOrganization(References references) {
		PartialDate foundedDate = PartialDate.of(founded, foundedPrecision);
		return new Organization(id, name, abbreviation, List.copyOf(names), description,
				foundedDate == null ? null : foundedDate.value(), foundedDate == null ? null : foundedDate.precision(),
				parties(Relation.FOUNDER, references), parties(Relation.MEMBER, references), note,
				List.copyOf(citations));
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
	}

}
