package org.csto.kb.country;

import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.csto.kb.shared.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.ListIndexBase;

@Entity
@Immutable
@Table(name = "country")
class CountryEntity {

	@Id
	private String code;

	private String alpha2;

	private String name;

	private String status;

	private String note;

	@ElementCollection
	@CollectionTable(name = "country_citation", joinColumns = @JoinColumn(name = "country_code"))
	@OrderColumn(name = "sort_order")
	@ListIndexBase(1)
	private List<Citation> citations;

	protected CountryEntity() {
	}

	Country toCountry() {
		return new Country(code, alpha2, name, status == null ? null : MembershipStatus.valueOf(status), note,
				List.copyOf(citations));
	}

}
