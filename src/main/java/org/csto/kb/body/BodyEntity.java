package org.csto.kb.body;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "body")
class BodyEntity {

	@Id
	private String id;

	private String name;

	private String abbreviation;

	private String kind;

	private String description;

	private String organizationId;

	@ElementCollection
	@CollectionTable(name = "body_name", joinColumns = @JoinColumn(name = "body_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<AlternativeName> names;

	@ElementCollection
	@CollectionTable(name = "body_citation", joinColumns = @JoinColumn(name = "body_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected BodyEntity() {
	}

	Body toBody(References references) {
		return new Body(id, name, abbreviation, List.copyOf(names), BodyKind.valueOf(kind), description,
				references.resolve(ResourceType.ORGANIZATION, organizationId), List.copyOf(citations));
	}

}
