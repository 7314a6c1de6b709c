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
import org.csto.kb.search.SearchAnalysisConfigurer;
import org.csto.kb.shared.References;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

@Entity
@Immutable
@Indexed
@Table(name = "person")
class PersonEntity {

	@Id
	private String id;

	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "nameLatin", analyzer = SearchAnalysisConfigurer.LATIN, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String name;

	private String note;

	@ElementCollection
	@CollectionTable(name = "person_name", joinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	@Column(name = "name")
	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "otherNamesLatin", analyzer = SearchAnalysisConfigurer.LATIN, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private List<String> otherNames;

	@IndexedEmbedded(includePaths = "title")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
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
