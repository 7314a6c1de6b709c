package org.csto.kb.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is signed in: how the explorer learns it. Without an account it answers 401, and
 * sets the CSRF cookie that the sign-in form then sends.
 */
@RestController
@Tag(name = "Curation")
class AccountController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@GetMapping(path = SecurityConfiguration.ACCOUNT, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getAccount", summary = "Get the signed-in account",
			description = "The account the request's credentials or session sign in, with its roles; 401 when there is none.")
	@SecurityRequirement(name = "basicAuth")
	@SecurityRequirement(name = "session")
	ResponseEntity<Account> account(Authentication authentication) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Account.of(authentication));
	}

	/** The answer to a successful sign-in: the account, as this endpoint gives it. */
	static void write(HttpServletResponse response, Account account) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.getWriter().write(JSON.writeValueAsString(account));
	}

}
