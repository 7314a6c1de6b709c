package org.csto.kb.person;

import java.util.List;
import java.util.Objects;

import org.csto.kb.catalog.Checks;
import org.csto.kb.catalog.EntityStore;
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
public class Persons extends ResourceCatalog<Person, Person> implements Offices {

	private static final Shape<Person, Person> SHAPE = new Shape<>(ResourceType.PERSON, Person.class, Person::id,
			Person::name, new Sorting<Person>().byText("name", Person::name).byDefault(Person::name));

	@Autowired
	Persons(PersonRepository persons, References references, PlatformTransactionManager transactions) {
		this(new EntityStore<>(persons, PersonEntity::new, person -> person.toPerson(references), transactions));
	}

	private Persons(EntityStore<PersonEntity, Person, Person> store) {
		super(SHAPE, store, store.all());
	}

	Persons(List<Person> persons) {
		super(SHAPE, null, persons);
	}

	@Override
	public List<SearchText> searchTexts(Person person) {
		return List.of(SearchText.named(person.name())
			.aliases(person.otherNames())
			.context(person.roles().stream().map(Role::title).toList()));
	}

	@Override
	public void check(String id, Person draft, boolean created, Checks checks) {
		checks.required("name", draft.name());
		checks.length("name", draft.name(), 255);
		for (int i = 0; i < draft.roles().size(); i++) {
			Checks role = checks.at("/roles/" + i);
			Role one = draft.roles().get(i);
			role.required("title", one.title());
			role.length("title", one.title(), 255);
			role.required("citations", one.citations());
			role.refersTo("of", one.of(), ResourceType.COUNTRY, ResourceType.ORGANIZATION, ResourceType.BODY);
		}
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
