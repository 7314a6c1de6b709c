package org.csto.kb.body;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.csto.kb.catalog.Stored;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "body")
class BodyEntity implements Stored<Body> {

	@Id
	private String id;

	@Version
	private Integer version;

	private String name;

	private String abbreviation;

	private String kind;

	private String description;

	private String organizationId;

	@ElementCollection
	@CollectionTable(name = "body_name", joinColumns = @JoinColumn(name = "body_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<AlternativeName> names = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "body_citation", joinColumns = @JoinColumn(name = "body_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected BodyEntity() {
	}

	BodyEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	@Override
	public void apply(Body draft) {
		name = draft.name();
		abbreviation = draft.abbreviation();
		kind = draft.kind().name();
		description = draft.description();
		organizationId = draft.organization().id();
		names.clear();
		names.addAll(draft.alternativeNames());
		citations.clear();
		citations.addAll(draft.citations());
	}

	Body toBody(References references) {
		return new Body(id, name, abbreviation, List.copyOf(names), BodyKind.valueOf(kind), description,
				references.resolve(ResourceType.ORGANIZATION, organizationId), List.copyOf(citations), revision());
	}

}
