package org.csto.kb.person;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Version;
import org.csto.kb.catalog.Stored;
import org.csto.kb.shared.Citation;
import org.csto.kb.shared.References;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "person")
class PersonEntity implements Stored<Person> {

	@Id
	private String id;

	@Version
	private Integer version;

	private String name;

	private String note;

	@ElementCollection
	@CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	@Column(name = "name")
	private List<String> otherNames = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "person_id", nullable = false)
	@OrderBy("sortOrder")
	private List<RoleEntity> roles = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected PersonEntity() {
	}

	PersonEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	/**
	 * Takes the draft's fields. A role keeps its row where there is one at its position,
	 * so that no row is deleted and inserted again under the same key in one flush.
	 */
	@Override
	public void apply(Person draft) {
		name = draft.name();
		note = draft.note();
		otherNames.clear();
		otherNames.addAll(draft.otherNames());
		List<Role> wanted = draft.roles();
		while (roles.size() > wanted.size()) {
			roles.remove(roles.size() - 1);
		}
		for (int i = 0; i < wanted.size(); i++) {
			if (i == roles.size()) {
				roles.add(new RoleEntity(id + "--" + UUID.randomUUID().toString().substring(0, 8)));
			}
			roles.get(i).apply(wanted.get(i), i + 1);
		}
		citations.clear();
		citations.addAll(draft.citations());
	}

	Person toPerson(References references) {
		return new Person(id, name, List.copyOf(otherNames),
				roles.stream().map(role -> role.toRole(references)).toList(), note, List.copyOf(citations), revision());
	}

}
