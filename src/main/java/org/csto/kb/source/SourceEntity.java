package org.csto.kb.source;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "source")
class SourceEntity {

	@Id
	private String id;

	private String title;

	private String origin;

	private String licence;

	private String licenceUrl;

	private String resource;

	private String checksum;

	@OneToMany
	@JoinColumn(name = "source_id")
	@OrderBy("id.passageNumber")
	private List<PassageEntity> passages;

	protected SourceEntity() {
	}

	Source toSource() {
		return new Source(id, title, origin, licence, licenceUrl, checksum,
				passages.stream().map(PassageEntity::toPassage).toList());
	}

}
