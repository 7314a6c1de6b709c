package org.csto.kb.person;

import org.csto.kb.catalog.Catalog;
import org.csto.kb.catalog.Sorting;
import org.csto.kb.shared.References;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

@Service
public class PersonService {

	private final Catalog<Person> catalog;

	PersonService(PersonRepository persons, References references, PlatformTransactionManager transactions) {
		this.catalog = Catalog.prepare(transactions,
				() -> persons.findAllByOrderByName().stream().map(person -> person.toPerson(references)).toList(),
				Person::id, Sorting.of(Person.class).byText("name", Person::name));
	}

	public Catalog<Person> catalog() {
		return catalog;
	}

}
