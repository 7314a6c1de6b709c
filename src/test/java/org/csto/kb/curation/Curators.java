package org.csto.kb.curation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Api;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curation as its users call it over HTTP, each request signed in as an account of
 * {@link Accounts} with HTTP Basic, as a script signs in.
 */
final class Curators {

	static final String PROPOSALS = "/api/v1/proposals";

	private final Api api;

	Curators(Api api) {
		this.api = api;
	}

	static String basic(String account) {
		return "Authorization: Basic " + Base64.getEncoder()
			.encodeToString((account + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	ResponseEntity<String> propose(String account, String proposal) {
		return api.send(HttpMethod.POST, PROPOSALS, proposal, basic(account));
	}

	/** Proposes, as the curator, what must be accepted; its id. */
	String proposed(String proposal) {
		ResponseEntity<String> answer = propose(Accounts.CURATOR, proposal);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
		return Api.read(answer.getBody()).get("id").asString();
	}

	ResponseEntity<String> publish(String account, String id) {
		return api.send(HttpMethod.POST, PROPOSALS + "/" + id + "/publish", null, basic(account));
	}

	/** Proposes as the curator and publishes as a reviewer what must pass both. */
	JsonNode published(String proposal) {
		ResponseEntity<String> answer = publish(Accounts.REVIEWER, proposed(proposal));
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
		return Api.read(answer.getBody());
	}

	ResponseEntity<String> reject(String account, String id, String body) {
		return api.send(HttpMethod.POST, PROPOSALS + "/" + id + "/reject", body, basic(account));
	}

	ResponseEntity<String> withdraw(String account, String id) {
		return api.send(HttpMethod.POST, PROPOSALS + "/" + id + "/withdraw", null, basic(account));
	}

	ResponseEntity<String> revise(String account, String id, String proposal) {
		return api.send(HttpMethod.PUT, PROPOSALS + "/" + id, proposal, basic(account));
	}

	ResponseEntity<String> get(String account, String path) {
		return api.send(HttpMethod.GET, path, null, basic(account));
	}

	/**
	 * How many proposals are kept, of every status: what a refused write leaves as it
	 * was.
	 */
	long proposalCount() {
		return Api.read(get(Accounts.REVIEWER, PROPOSALS + "?size=1").getBody())
			.get("page")
			.get("totalElements")
			.asLong();
	}

	/**
	 * The number of the last published change, as the API root's data version ends with
	 * it: what a refused publication leaves as it was.
	 */
	long lastChange() {
		String version = api.json("/api/v1").get("dataVersion").asString();
		int dot = version.indexOf('.');
		return dot < 0 ? 0 : Long.parseLong(version.substring(dot + 1));
	}

}
