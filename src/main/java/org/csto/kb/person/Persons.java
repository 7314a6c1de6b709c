package org.csto.kb.person;

import java.util.List;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** The persons the source names, by name. */
@Component
public class Persons extends Catalog<Person> {

	private static final Sorting<Person> SORTING = Sorting.of(Person.class)
		.byText("name", Person::name)
		.byDefault(Person::name);

	@Autowired
	Persons(PersonRepository persons, References references, PlatformTransactionManager transactions) {
		this(read(transactions, () -> persons.findAll().stream().map(person -> person.toPerson(references)).toList()));
	}

	Persons(List<Person> persons) {
		super(persons, Person::id, SORTING);
	}

}
