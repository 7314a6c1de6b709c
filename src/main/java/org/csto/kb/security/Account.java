package org.csto.kb.security;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.security.core.Authentication;

@Schema(name = "Account", description = "The signed-in account and its curation roles")
record Account(@Schema(example = "curator") String name,
		@Schema(description = "`CURATOR` proposes; `REVIEWER` also publishes and rejects",
				example = "[\"CURATOR\"]") List<String> roles) {

	static Account of(Authentication authentication) {
		return new Account(authentication.getName(), List.copyOf(Roles.of(authentication.getAuthorities())));
	}

}
