package org.csto.kb.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csto.kb.shared.Offices;
import org.csto.kb.shared.Reference;
import org.csto.kb.shared.ResourceKey;
import org.csto.kb.shared.ResourceType;
import org.csto.kb.shared.References;
import org.csto.kb.web.problem.InvalidParameterException;
import org.springframework.stereotype.Component;

/**
 * The parties that filters name, and how an item involves one: in a role itself, or
 * through a person in its office, as the source gives offices ("Armenian Prime Minister
 * Nikol Pashinyan" acts for Armenia).
 */
@Component
public class Parties {

	private final References references;

	private final Offices offices;

	public Parties(References references, Offices offices) {
		this.references = references;
		this.offices = offices;
	}

	/**
	 * The party a filter parameter names, or null where the parameter is not given. An id
	 * that names nothing is a problem naming the parameter: a typo must not pass as an
	 * empty answer.
	 */
	public Party party(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Set<ResourceKey> named = references.named(value);
		if (named.isEmpty()) {
			throw new InvalidParameterException(parameter, "Parameter '" + parameter
					+ "' must be the id of a resource the knowledge base holds (a person, country, organization, body "
					+ "or event; a country also by its alpha-2 code, in any letter case); got '" + value + "'");
		}
		return new Party(named);
	}

	/**
	 * The countries a value names by alpha-3 or alpha-2 code; empty where it names none.
	 */
	public Set<ResourceKey> countries(String value) {
		return Set.copyOf(
				references.named(value).stream().filter(key -> key.type().equals(ResourceType.COUNTRY.key())).toList());
	}

	/**
	 * Every way an item's roles involve the party, in the order of the roles: a role the
	 * party plays itself, or one that a person in its office plays for it.
	 */
	public List<Involvement> involvement(Party party, Map<Role, List<Reference>> roles) {
		List<Involvement> involvement = new ArrayList<>();
		roles.forEach((role, parties) -> {
			for (Reference reference : parties) {
				if (party.is(reference)) {
					add(involvement, new Involvement(role, null));
				}
				else if (role.acts() && reference.type() == ResourceType.PERSON
						&& party.isAnyOf(offices.of(reference))) {
					add(involvement, new Involvement(role, reference));
				}
			}
		});
		return involvement;
	}

	private static void add(List<Involvement> involvement, Involvement one) {
		if (!involvement.contains(one)) {
			involvement.add(one);
		}
	}

}
