package org.csto.kb.curation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.curation.Drafts.create;
import static org.csto.kb.curation.Drafts.event;
import static org.csto.kb.curation.Drafts.proposal;
import static org.csto.kb.curation.Drafts.source;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * Writers who get it wrong, or mean harm: every write is tried anonymously, with a wrong
 * password, without the role, as the author where another person must act, and with
 * bodies that are broken, huge or odd. Each gets a clear {@code 4xx} problem, never a
 * {@code 5xx}, and a refused write stores nothing: no proposal, no publication.
 */
@CurationApiTest
class HostileWritesTests {

	static final String WRONG_PASSWORD = "Authorization: Basic " + java.util.Base64.getEncoder()
		.encodeToString((Accounts.CURATOR + ":guess").getBytes(StandardCharsets.UTF_8));

	@Autowired
	Api api;

	Curators curators;

	long proposals;

	long lastChange;

	@BeforeEach
	void before() {
		curators = new Curators(api);
		proposals = curators.proposalCount();
		lastChange = curators.lastChange();
	}

	void nothingStored() {
		assertThat(curators.proposalCount()).as("proposals kept").isEqualTo(proposals);
		assertThat(curators.lastChange()).as("changes published").isEqualTo(lastChange);
	}

	static String valid(String place) {
		String id = place.toLowerCase(java.util.Locale.ROOT);
		return proposal("Add the " + place + " report", create("source", id + "-report", source(place)),
				create("event", id + "-meeting", event("The council meets in " + place, id + "-report", place)))
			.toString();
	}

	@Test
	void everyWriteNeedsAnAccountAndAnsweredWithoutOneStoresNothing() {
		String open = curators.proposed(valid("Hatheg"));
		proposals = curators.proposalCount();
		String path = Curators.PROPOSALS + "/" + open;
		Map<String, HttpMethod> writes = Map.of(Curators.PROPOSALS, HttpMethod.POST, path, HttpMethod.PUT,
				path + "/publish", HttpMethod.POST, path + "/reject", HttpMethod.POST, path + "/withdraw",
				HttpMethod.POST);
		writes.forEach((target, method) -> {
			for (String[] credentials : new String[][] { {}, { WRONG_PASSWORD } }) {
				JsonNode problem = assertProblem(Answer.of(api.send(method, target, valid("Nir"), credentials)), 401,
						"/problems/unauthorized");
				assertThat(problem.get("detail").asString()).isNotBlank();
			}
		});
		for (String read : new String[] { Curators.PROPOSALS, path, "/api/v1/account" }) {
			ResponseEntity<String> answer = api.get(read);
			assertProblem(Answer.of(answer), 401, "/problems/unauthorized");
			assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=");
		}
		nothingStored();
		assertThat(Api.read(curators.get(Accounts.REVIEWER, path).getBody()).get("status").asString())
			.isEqualTo("OPEN");
	}

	/** Who may do what to a proposal the curator made, and what each answer is. */
	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "ana, withdraw, 200", "boris, withdraw, 403", "ana, revise, 200", "vera, revise, 403",
			"ana, publish, 403", "boris, publish, 200", "ana, reject, 403", "vera, reject, 200" })
	void eachAccountMayDoWhatItsRoleAndAuthorshipAllow(String account, String action, int status) {
		String place = "Zar" + account + action;
		String meeting = "/api/v1/events/" + place.toLowerCase(java.util.Locale.ROOT) + "-meeting";
		String id = curators.proposed(valid(place));
		proposals = curators.proposalCount();
		ResponseEntity<String> answer = switch (action) {
			case "withdraw" -> curators.withdraw(account, id);
			case "revise" -> curators.revise(account, id, valid(place));
			case "publish" -> curators.publish(account, id);
			default -> curators.reject(account, id, "{\"reason\": \"Not now\"}");
		};
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
		if (status == 403) {
			assertProblem(Answer.of(answer), 403, "/problems/forbidden");
			assertThat(Api.read(curators.get(Accounts.CURATOR, Curators.PROPOSALS + "/" + id).getBody())
				.get("status")
				.asString()).isEqualTo("OPEN");
			nothingStored();
		}
		if (status == 200 && action.equals("publish")) {
			assertThat(api.get(meeting).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		else {
			assertThat(api.get(meeting).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void aReviewerNeverPublishesOrRejectsTheirOwnProposal() {
		String own = Api.read(curators.propose(Accounts.REVIEWER, valid("Lomar")).getBody()).get("id").asString();

		assertProblem(Answer.of(curators.publish(Accounts.REVIEWER, own)), 403, "/problems/forbidden");
		assertProblem(Answer.of(curators.reject(Accounts.REVIEWER, own, "{\"reason\": \"mine\"}")), 403,
				"/problems/forbidden");
		assertThat(curators.publish(Accounts.SECOND_REVIEWER, own).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aBodyThatIsNotJsonIsABadRequest() {
		for (String body : new String[] { "{\"summary\": ", "summary=x", "[1, 2", "",
				"{\"summary\": \"x\"} trailing" }) {
			ResponseEntity<String> answer = curators.propose(Accounts.CURATOR, body);
			assertThat(answer.getStatusCode().value()).as(body).isBetween(400, 422);
			assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		}
		JsonNode problem = assertProblem(Answer.of(curators.propose(Accounts.CURATOR, "{\"summary\": ")), 400,
				"/problems/bad-request");
		assertThat(problem.get("detail").asString()).contains("not valid JSON");
		String unclosed = assertProblem(
				Answer.of(curators.propose(Accounts.CURATOR, "{\"summary\": \"x\", \"changes\": [")), 400,
				"/problems/bad-request")
			.get("detail")
			.asString();
		assertThat(unclosed).contains("line 1", "expected close marker for Array")
			.doesNotContain("Source", "REDACTED", "StreamReadFeature");
		nothingStored();
	}

	@Test
	void aBodyThatIsNotSentAsJsonIsRefused() {
		assertProblem(
				Answer.of(api.send(HttpMethod.POST, Curators.PROPOSALS, valid("Olathoe"),
						Curators.basic(Accounts.CURATOR), "Content-Type: text/plain")),
				415, "/problems/unsupported-media-type");
		nothingStored();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "{\"summary\": 5, \"changes\": []}|/summary",
			"{\"summary\": \"x\", \"changes\": \"all\"}|/changes",
			"{\"summary\": \"x\", \"changes\": [], \"extra\": 1}|/extra",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"colour\": \"red\", \"item\": {}}]}|/changes/0/colour",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"rename\", \"type\": \"event\", \"id\": \"e\", \"item\": {}}]}|/changes/0/action",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"treaty\", \"id\": \"e\", \"item\": {}}]}|/changes/0/type",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"baseRevision\": 1, \"item\": {}}]}|/changes/0/baseRevision",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"update\", \"type\": \"event\", \"id\": \"csto-founding\", \"baseRevision\": \"1\", \"item\": {}}]}|/changes/0/baseRevision",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"title\": 5}}]}|/changes/0/item/title",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"kind\": 3}}]}|/changes/0/item/kind",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"kind\": \"WAR\"}}]}|/changes/0/item/kind",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"colour\": \"red\"}}]}|/changes/0/item/colour",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"citations\": [{\"passage\": \"four\"}]}}]}|/changes/0/item/citations/0/passage",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"create\", \"type\": \"event\", \"id\": \"e\", \"item\": {\"participants\": {\"type\": \"country\"}}}]}|/changes/0/item/participants",
			"{\"summary\": \"x\", \"changes\": [{\"action\": \"delete\", \"type\": \"event\", \"id\": \"csto-founding\", \"baseRevision\": 1, \"item\": {}}]}|/changes/0/item" })
	void aFieldOfTheWrongTypeOrNameIsNamedWhereItIs(String body, String pointer) {
		JsonNode problem = assertProblem(Answer.of(curators.propose(Accounts.CURATOR, body)), 422,
				"/problems/invalid-proposal");
		assertThat(problem.get("errors").findValuesAsString("pointer")).contains(pointer);
		nothingStored();
	}

	@Test
	void aBodyOfTenMegabytesIsTooLargeAndNotRead() {
		byte[] body = ("{\"summary\": \"" + "x".repeat(10 * 1024 * 1024) + "\", \"changes\": []}")
			.getBytes(StandardCharsets.UTF_8);

		Answer declared = api.raw("POST /api/v1/proposals HTTP/1.1", body, Curators.basic(Accounts.CURATOR),
				"Content-Type: application/json", "Content-Length: " + body.length);
		Answer chunked = api.raw("POST /api/v1/proposals HTTP/1.1", chunked(body), Curators.basic(Accounts.CURATOR),
				"Content-Type: application/json", "Transfer-Encoding: chunked");

		assertProblem(declared, 413, "/problems/content-too-large");
		assertProblem(chunked, 413, "/problems/content-too-large");
		nothingStored();
	}

	@Test
	void aSourceTextOfAMegabyteIsRefusedAtItsPointer() {
		ObjectNode huge = source("Kadath");
		huge.put("text", "The council met again.\n".repeat(1024 * 1024 / 23 + 1));

		JsonNode problem = assertProblem(
				Answer.of(curators.propose(Accounts.CURATOR,
						proposal("A long text", create("source", "kadath-report", huge)).toString())),
				422, "/problems/invalid-proposal");

		assertThat(problem.get("errors").findValuesAsString("pointer")).containsExactly("/changes/0/item/text");
		nothingStored();
	}

	@Test
	void fiveHundredChangesAreMoreThanOneProposalHolds() {
		ObjectNode many = proposal("Many");
		ArrayNode changes = many.withArray("changes");
		for (int i = 0; i < 500; i++) {
			changes.add(create("source", "many-" + i, source("Many" + i)));
		}

		JsonNode problem = assertProblem(Answer.of(curators.propose(Accounts.CURATOR, many.toString())), 422,
				"/problems/invalid-proposal");

		assertThat(problem.get("errors").findValuesAsString("pointer")).containsExactly("/changes");
		nothingStored();
	}

	@Test
	void textThatReadsOtherThanItIsStoredIsRefused() {
		ObjectNode bidi = event("The council meets in \u202Egnal", "x", "Leng");
		ObjectNode control = event("The council meets in Leng\u0000", "x", "Leng");
		ObjectNode surrogate = event("The council meets in Leng SURROGATE", "x", "Leng");

		JsonNode problem = assertProblem(Answer.of(curators.propose(Accounts.CURATOR,
				proposal("Odd \u0007 text", create("source", "leng-report", source("Leng")),
						create("event", "leng-bidi", bidi), create("event", "leng-control", control),
						create("event", "leng-surrogate", surrogate))
					.toString()
					.replace("\"x\"", "\"leng-report\"")
					// Half a surrogate pair, as only JSON's escape can send it
					.replace(" SURROGATE", "\\ud800"))),
				422, "/problems/invalid-proposal");

		assertThat(problem.get("errors").findValuesAsString("pointer")).contains("/summary", "/changes/1/item/title",
				"/changes/2/item/title", "/changes/3/item/title");
		nothingStored();
	}

	@Test
	void textInAnyScriptIsWelcome() {
		String place = "Ереван 🇦🇲 Yerevan\u0301";
		ObjectNode text = source("Yerevan");
		text.put("text", "On 3 March 2025, the test council met in " + place + ".\n");

		curators.published(proposal("Unicode", create("source", "unicode-report", text),
				create("event", "unicode-meeting", event("The council meets in " + place, "unicode-report", place)))
			.toString());

		assertThat(api.json("/api/v1/events/unicode-meeting").get("title").asString()).endsWith(place);
	}

	@Test
	void aWriteFromAnotherSiteIsRefusedBeforeItIsRead() {
		ResponseEntity<String> answer = api.send(HttpMethod.POST, Curators.PROPOSALS, valid("Sona"),
				Curators.basic(Accounts.CURATOR), "Origin: https://elsewhere.example");

		assertProblem(Answer.of(answer), 403, "/problems/forbidden");
		assertThat(answer.getHeaders().getAccessControlAllowOrigin()).isNull();
		nothingStored();
		ResponseEntity<String> read = api.send(HttpMethod.GET, "/api/v1/events/csto-founding", null,
				"Origin: https://elsewhere.example");
		assertThat(read.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://elsewhere.example");
		assertThat(read.getHeaders().getAccessControlAllowCredentials()).isFalse();
	}

	@Test
	void proposalsAreNeverStoredOrSharedByACache() {
		ResponseEntity<String> list = curators.get(Accounts.CURATOR, Curators.PROPOSALS);

		assertThat(list.getHeaders().getCacheControl()).contains("no-store");
		assertThat(list.getHeaders().getETag()).isNull();
		ResponseEntity<String> proposed = curators.propose(Accounts.CURATOR, valid("Thalarion"));
		assertThat(proposed.getHeaders().getCacheControl()).contains("no-store");
	}

	@Test
	void readsAreAnonymousAndStartNoSession() {
		ResponseEntity<String> read = api.get("/api/v1/events/csto-founding");

		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(read.getHeaders().get("Set-Cookie")).isNull();
		assertThat(read.getHeaders().getETag()).isNotNull();
	}

	private static byte[] chunked(byte[] body) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int chunk = 64 * 1024;
		for (int offset = 0; offset < body.length; offset += chunk) {
			int length = Math.min(chunk, body.length - offset);
			out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(body, offset, length);
			out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

}
