package org.csto.kb.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts a small deployment configures, and how an OpenID Connect provider's users
 * get their roles.
 *
 * @param accounts each with its name, its password in Spring Security's encoded form
 * ({@code {bcrypt}…}; {@code {noop}…} for tests), and its roles
 * @param oidcRolesClaim the claim of an OpenID Connect user's token that lists its roles
 */
@ConfigurationProperties("kb.security")
record AccountProperties(@DefaultValue List<Account> accounts, @DefaultValue("roles") String oidcRolesClaim) {

	/**
	 * One account: {@code CURATOR} proposes; {@code REVIEWER} also publishes and rejects.
	 */
	record Account(String name, String password, @DefaultValue List<String> roles) {
	}

}
