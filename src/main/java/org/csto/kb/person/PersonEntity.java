package org.csto.kb.person;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.References;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "person")
class PersonEntity {

	@Id
	private String id;

	private String name;

	private String note;

	@ElementCollection
	@CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	@Column(name = "name")
	private List<String> otherNames;

	@OneToMany
	@JoinColumn(name = "person_id")
	@OrderBy("sortOrder")
	private List<RoleEntity> roles;

	@ElementCollection
	@CollectionTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected PersonEntity() {
	}

	Person toPerson(References references) {
		return new Person(id, name, List.copyOf(otherNames),
				roles.stream().map(role -> role.toRole(references)).toList(), note, List.copyOf(citations));
	}

}
