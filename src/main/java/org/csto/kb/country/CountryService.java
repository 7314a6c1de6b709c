package org.csto.kb.country;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class CountryService {

	private final Catalog<Country> catalog;

	private final Map<String, Country> byAlpha2;

	CountryService(CountryRepository countries, PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions,
				() -> countries.findAllByOrderByName().stream().map(CountryEntity::toCountry).toList(), Country::code,
				Sorting.of(Country.class).byText("name", Country::name).byText("code", Country::code));
		this.byAlpha2 = catalog.all()
			.stream()
			.filter(country -> country.alpha2() != null)
			.collect(Collectors.toUnmodifiableMap(Country::alpha2, Function.identity()));
	}

	public Catalog<Country> catalog() {
		return catalog;
	}

	/** Finds a country by alpha-3 or alpha-2 code in any letter case, or by a territory's slug. */
	public Optional<Country> find(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return catalog.find(upper)
			.or(() -> Optional.ofNullable(byAlpha2.get(upper)))
			.or(() -> catalog.find(code.toLowerCase(Locale.ROOT)));
	}

}
