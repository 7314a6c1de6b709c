package org.csto.kb.country;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.catalog.Sorting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Every country the source names, members or not, by name. */
@Component
public class Countries extends ResourceCatalog<Country> {

	private static final Sorting<Country> SORTING = new Sorting<Country>().byText("name", Country::name)
		.byText("code", Country::code)
		.byDefault(Country::name);

	private final Map<String, Country> byAlpha2;

	@Autowired
	Countries(CountryRepository countries, PlatformTransactionManager transactions) {
		this(read(transactions, () -> countries.findAll().stream().map(CountryEntity::toCountry).toList()));
	}

	Countries(List<Country> countries) {
		super(ResourceType.COUNTRY, countries, Country::code, Country::name, SORTING);
		this.byAlpha2 = countries.stream()
			.filter(country -> country.alpha2() != null)
			.collect(Collectors.toUnmodifiableMap(Country::alpha2, Function.identity()));
	}

	@Override
	public List<SearchText> searchTexts(Country country) {
		return List.of(SearchText.named(country.name()).codes(List.of(country.code())).title(country.alpha2()));
	}

	/**
	 * Finds a country by alpha-3 or alpha-2 code in any letter case, or by a territory's
	 * slug.
	 */
	@Override
	public Optional<Country> find(String code) {
		String upper = code.toUpperCase(Locale.ROOT);
		return super.find(upper).or(() -> Optional.ofNullable(byAlpha2.get(upper)))
			.or(() -> super.find(code.toLowerCase(Locale.ROOT)));
	}

}
