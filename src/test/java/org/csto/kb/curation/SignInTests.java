package org.csto.kb.curation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.curation.Drafts.create;
import static org.csto.kb.curation.Drafts.proposal;
import static org.csto.kb.curation.Drafts.source;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * Signing in as the explorer does: a form, a session cookie, and the CSRF token from the
 * {@code XSRF-TOKEN} cookie sent back in a header with every write; and as a script does,
 * with HTTP Basic on each request.
 */
@CurationApiTest
class SignInTests {

	static final String EXPLORER = "X-Requested-With: XMLHttpRequest";

	@Autowired
	Api api;

	Curators curators;

	@BeforeEach
	void curators() {
		curators = new Curators(api);
	}

	@Test
	void aScriptSignsInWithEachRequest() {
		JsonNode account = Api.read(curators.get(Accounts.REVIEWER, "/api/v1/account").getBody());

		assertThat(account.get("name").asString()).isEqualTo(Accounts.REVIEWER);
		assertThat(account.get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
	}

	@Test
	void theExplorerSignsInWithAFormAndWritesWithTheCsrfToken() {
		ResponseEntity<String> anonymous = api.send(HttpMethod.GET, "/api/v1/account", null, EXPLORER);
		assertProblem(Answer.of(anonymous), 401, "/problems/unauthorized");
		assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		String token = cookie(anonymous, "XSRF-TOKEN");
		assertThat(token).isNotBlank();

		ResponseEntity<String> wrong = signIn(token, Accounts.PASSWORD + "-not");
		assertProblem(Answer.of(wrong), 401, "/problems/unauthorized");

		ResponseEntity<String> signedIn = signIn(token, Accounts.PASSWORD);
		assertThat(signedIn.getStatusCode()).as(signedIn.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(Api.read(signedIn.getBody()).get("name").asString()).isEqualTo(Accounts.CURATOR);
		String session = cookie(signedIn, "JSESSIONID");
		assertThat(signedIn.getHeaders().get(HttpHeaders.SET_COOKIE).toString()).contains("HttpOnly")
			.contains("SameSite=Strict");
		String fresh = cookie(signedIn, "XSRF-TOKEN") == null ? token : cookie(signedIn, "XSRF-TOKEN");

		String body = proposal("From the explorer", create("source", "explorer-report", source("Explorer"))).toString();
		long proposals = curators.proposalCount();
		JsonNode refused = assertProblem(
				Answer
					.of(api.send(HttpMethod.POST, Curators.PROPOSALS, body, EXPLORER, "Cookie: JSESSIONID=" + session)),
				403, "/problems/forbidden");
		assertThat(refused.get("detail").asString()).contains("CSRF");
		assertThat(curators.proposalCount()).isEqualTo(proposals);

		ResponseEntity<String> proposed = api.send(HttpMethod.POST, Curators.PROPOSALS, body, EXPLORER,
				"Cookie: JSESSIONID=" + session + "; XSRF-TOKEN=" + fresh, "X-XSRF-TOKEN: " + fresh);
		assertThat(proposed.getStatusCode()).as(proposed.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(Api.read(proposed.getBody()).get("author").asString()).isEqualTo(Accounts.CURATOR);

		ResponseEntity<String> signedOut = api.send(HttpMethod.POST, "/logout", null, EXPLORER,
				"Cookie: JSESSIONID=" + session + "; XSRF-TOKEN=" + fresh, "X-XSRF-TOKEN: " + fresh);
		assertThat(signedOut.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertProblem(
				Answer.of(api.send(HttpMethod.GET, "/api/v1/account", null, EXPLORER, "Cookie: JSESSIONID=" + session)),
				401, "/problems/unauthorized");
	}

	@Test
	void signingInNeedsTheCsrfToken() {
		assertProblem(Answer.of(api.send(HttpMethod.POST, "/login", form(Accounts.CURATOR, Accounts.PASSWORD),
				"Content-Type: application/x-www-form-urlencoded")), 403, "/problems/forbidden");
	}

	private ResponseEntity<String> signIn(String token, String password) {
		return api.send(HttpMethod.POST, "/login", form(Accounts.CURATOR, password), EXPLORER,
				"Content-Type: application/x-www-form-urlencoded", "Cookie: XSRF-TOKEN=" + token,
				"X-XSRF-TOKEN: " + token);
	}

	private static String form(String name, String password) {
		return "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
	}

	/** The value a response sets a cookie to, or null where it sets none. */
	private static String cookie(ResponseEntity<String> response, String name) {
		List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
		for (String cookie : cookies) {
			if (cookie.startsWith(name + "=")) {
				String value = cookie.substring(name.length() + 1,
						cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

}
