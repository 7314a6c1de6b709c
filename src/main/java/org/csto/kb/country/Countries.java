package org.csto.kb.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.EntityStore;
import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Slugs;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.ResourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Every country the source names, members or not, by name. */
@Component
public class Countries extends ResourceCatalog<Country, Country> {

	private static final Shape<Country, Country> SHAPE = new Shape<>(ResourceType.COUNTRY, Country.class, Country::code,
			Country::name,
			new Sorting<Country>().byText("name", Country::name)
				.byText("code", Country::code)
				.byDefault(Country::name));

	@Autowired
	Countries(CountryRepository countries, PlatformTransactionManager transactions) {
		this(new EntityStore<>(countries, CountryEntity::new, CountryEntity::toCountry, transactions));
	}

	private Countries(EntityStore<CountryEntity, Country, Country> store) {
		super(SHAPE, store, store.all());
	}

	Countries(List<Country> countries) {
		super(SHAPE, null, countries);
	}

	@Override
	public List<SearchText> searchTexts(Country country) {
		return List.of(SearchText.named(country.name()).codes(List.of(country.code())).title(country.alpha2()));
	}

	@Override
	public void check(String id, Country draft, boolean created, Checks checks) {
		checks.required("name", draft.name());
		checks.length("name", draft.name(), 255);
		if (draft.alpha2() != null && !draft.alpha2().matches("[A-Z]{2}")) {
			checks.fail("/alpha2", "must be an ISO 3166-1 alpha-2 code: two capital letters, or null");
		}
		else if (draft.alpha2() != null) {
			all().stream()
				.filter(country -> draft.alpha2().equals(country.alpha2()) && !country.code().equals(id))
				.findFirst()
				.ifPresent(
						other -> checks.fail("/alpha2", "is the code of " + other.name() + " (" + other.code() + ")"));
		}
	}

	@Override
	public String idField() {
		return "code";
	}

	/** A country's id is its ISO alpha-3 code; a territory with none has a slug. */
	@Override
	public String invalidId(String id) {
		return id.matches("[A-Z]{3}") ? null : Slugs.invalid(id, 64) == null ? null
				: "must be an ISO 3166-1 alpha-3 code (three capital letters), or a slug for a territory with none";
	}

	/**
	 * Finds a country by alpha-3 or alpha-2 code in any letter case, or by a territory's
	 * slug.
	 */
	@Override
	public Optional<Country> find(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return super.find(upper).or(() -> all().stream().filter(country -> upper.equals(country.alpha2())).findFirst())
			.or(() -> super.find(code.toLowerCase(Locale.ROOT)));
	}

}
