package org.csto.kb.person;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.hibernate.annotations.ListIndexBase;

/** A role of a person's: written with the person, as a part of it. */
@Entity
@Table(name = "person_role")
class RoleEntity {

	@Id
	private String id;

	private int sortOrder;

	private String title;

	@Embedded
	private ResourceKey of;

	@ElementCollection
	@CollectionTable(name = "person_role_citation", joinColumns = @JoinColumn(name = "role_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected RoleEntity() {
	}

	RoleEntity(String id) {
		this.id = id;
	}

	void apply(Role draft, int position) {
		sortOrder = position;
		title = draft.title();
		of = draft.of() == null ? null : draft.of().key();
		citations.clear();
		citations.addAll(draft.citations());
	}

	Role toRole(References references) {
		return new Role(title, of == null ? null : references.resolve(of), List.copyOf(citations));
	}

}
