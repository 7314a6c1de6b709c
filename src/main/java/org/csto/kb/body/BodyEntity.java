package org.csto.kb.body;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.search.SearchAnalysisConfigurer;
import org.csto.kb.shared.AlternativeName;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;

@Entity
@Immutable
@Indexed
@Table(name = "body")
class BodyEntity {

	@Id
	private String id;

	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "nameLatin", analyzer = SearchAnalysisConfigurer.LATIN, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String name;

	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String abbreviation;

	private String kind;

	@FullTextField(name = "text", analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String description;

	private String organizationId;

	@IndexedEmbedded(includePaths = "name")
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
