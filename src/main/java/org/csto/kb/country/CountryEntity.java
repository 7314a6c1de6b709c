package org.csto.kb.country;

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
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "country")
class CountryEntity implements Stored<Country> {

	@Id
	private String code;

	@Version
	private Integer version;

	private String alpha2;

	private String name;

	private String status;

	private String note;

	@ElementCollection
	@CollectionTable(name = "country_citation", joinColumns = @JoinColumn(name = "country_code"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations = new ArrayList<>();

	protected CountryEntity() {
	}

	CountryEntity(String code) {
		this.code = code;
	}

	@Override
	public int revision() {
		return version == null ? 1 : version + 1;
	}

	@Override
	public void apply(Country draft) {
		alpha2 = draft.alpha2();
		name = draft.name();
		status = draft.status() == null ? null : draft.status().name();
		note = draft.note();
		citations.clear();
		citations.addAll(draft.citations());
	}

	Country toCountry() {
		return new Country(code, alpha2, name, status == null ? null : MembershipStatus.valueOf(status), note,
				List.copyOf(citations), revision());
	}

}
