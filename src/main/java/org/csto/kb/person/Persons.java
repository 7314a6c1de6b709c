package org.csto.kb.person;

import java.util.List;
import java.util.Objects;

import org.csto.kb.catalog.ResourceCatalog;
import org.csto.kb.catalog.SearchText;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.Offices;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.References;
import org.csto.kb.shared.ResourceType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persons the source names, by name; what each acts for is the office the source
 * gives them.
 */
@Component
public class Persons extends ResourceCatalog<Person> implements Offices {

	private static final Sorting<Person> SORTING = new Sorting<Person>().byText("name", Person::name)
		.byDefault(Person::name);

	@Autowired
	Persons(PersonRepository persons, References references, PlatformTransactionManager transactions) {
		this(read(transactions, () -> persons.findAll().stream().map(person -> person.toPerson(references)).toList()));
	}

	Persons(List<Person> persons) {
		super(ResourceType.PERSON, persons, Person::id, Person::name, SORTING);
	}

	@Override
	public List<SearchText> searchTexts(Person person) {
		return List.of(SearchText.named(person.name())
			.aliases(person.otherNames())
			.context(person.roles().stream().map(Role::title).toList()));
	}

	@Override
	public List<Reference> of(Reference person) {
		if (person.type() != ResourceType.PERSON) {
			return List.of();
		}
		return find(person.id()).map(found -> found.roles().stream().map(Role::of).filter(Objects::nonNull).toList())
			.orElse(List.of());
	}

}
