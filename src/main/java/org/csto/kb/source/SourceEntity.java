package org.csto.kb.source;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.csto.kb.catalog.Stored;

@Entity
@Table(name = "source")
class SourceEntity implements Stored<SourceDraft> {

	@Id
	private String id;

	@Version
	private Integer version;

	private String title;

	private String origin;

	private String licence;

	private String licenceUrl;

	/**
	 * The shipped text's resource on the classpath; null for a proposed text, kept in
	 * {@link #text}.
	 */
	private String resource;

	private String checksum;

	private String text;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "source_id", insertable = false, updatable = false)
	@OrderBy("id.passageNumber")
	private List<PassageEntity> passages = new ArrayList<>();

	protected SourceEntity() {
	}

	SourceEntity(String id) {
		this.id = id;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	/**
	 * Takes the draft's title, origin and licence; a new source also its text, cut into
	 * passages. The text of a published source is never written again.
	 */
	@Override
	public void apply(SourceDraft draft) {
		title = draft.title();
		origin = draft.origin();
		licence = draft.licence();
		licenceUrl = draft.licenceUrl();
		if (checksum == null) {
			SourceText source = SourceText.of(draft.text());
			text = draft.text();
			checksum = source.sha256();
			List<String> lines = source.passages();
			for (int i = 0; i < lines.size(); i++) {
				passages.add(new PassageEntity(id, i + 1, lines.get(i)));
			}
		}
	}

	Source toSource() {
		return new Source(id, title, origin, licence, licenceUrl, checksum,
				passages.stream().map(PassageEntity::toPassage).toList(), revision());
	}

}
