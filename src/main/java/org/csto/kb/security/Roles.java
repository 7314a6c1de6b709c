package org.csto.kb.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;

/**
 * The roles of the curation: {@code CURATOR} proposes; {@code REVIEWER} also publishes
 * and rejects, and so holds what a curator holds.
 */
final class Roles {

	static final String CURATOR = "CURATOR";

	static final String REVIEWER = "REVIEWER";

	static final List<String> ALL = List.of(CURATOR, REVIEWER);

	private static final String PREFIX = "ROLE_";

	private Roles() {
	}

	/** The role a configured or claimed name stands for, or null where it names none. */
	static String of(String name) {
		String role = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
		if (role.startsWith(PREFIX)) {
			role = role.substring(PREFIX.length());
		}
		return ALL.contains(role) ? role : null;
	}

	/** The curation roles among these authorities, as their names. */
	static Set<String> of(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(PREFIX))
			.map(authority -> authority.substring(PREFIX.length()))
			.filter(ALL::contains)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	static String authority(String role) {
		return PREFIX + role;
	}

}
