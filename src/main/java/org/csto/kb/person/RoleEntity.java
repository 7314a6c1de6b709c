package org.csto.kb.person;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
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
	private List<Citation> citations;

	protected RoleEntity() {
	}

	Role toRole(References references) {
		return new Role(title, of == null ? null : references.resolve(of), List.copyOf(citations));
	}

}
