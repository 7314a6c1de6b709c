package org.csto.kb.source;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.search.PassageIdBinder;
import org.csto.kb.search.SearchAnalysisConfigurer;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.IdentifierBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

@Entity
@Immutable
@Indexed
@Table(name = "passage")
class PassageEntity {

	@DocumentId(identifierBinder = @IdentifierBinderRef(type = PassageIdBinder.class))
	@IndexedEmbedded
	@EmbeddedId
	private Id id;

	@FullTextField(analyzer = SearchAnalysisConfigurer.TEXT, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	private String text;

	@ElementCollection
	@CollectionTable(name = "passage_marker",
			joinColumns = { @JoinColumn(name = "source_id"), @JoinColumn(name = "passage_number") })
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	@Column(name = "marker")
	private List<String> markers;

	protected PassageEntity() {
	}

	Passage toPassage() {
		return new Passage(id.passageNumber, text, List.copyOf(markers));
	}

	@Embeddable
	record Id(@KeywordField(projectable = Projectable.YES) @Column(name = "source_id") String sourceId,
			@GenericField(projectable = Projectable.YES) @Column(name = "passage_number") int passageNumber)
			implements
				Serializable {
	}

}
