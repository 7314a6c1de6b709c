package org.csto.kb.curation;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.curation.Drafts.create;
import static org.csto.kb.curation.Drafts.delete;
import static org.csto.kb.curation.Drafts.event;
import static org.csto.kb.curation.Drafts.proposal;
import static org.csto.kb.curation.Drafts.source;
import static org.csto.kb.curation.Drafts.update;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * A proposal from its making to its publication, and what readers see then: the items,
 * everywhere they are served, at once, with their history and the change feed.
 */
@CurationApiTest
class ProposalLifecycleTests {

	@Autowired
	Api api;

	Curators curators;

	@BeforeEach
	void curators() {
		curators = new Curators(api);
	}

	@Test
	void aProposalIsKeptOpenWithEachChangeAsProposedAndNothingIsServedYet() {
		String id = curators
			.proposed(proposal("Add the Arkham report", create("source", "arkham-report", source("Arkham")),
					create("event", "arkham-meeting", event("The council meets in Arkham", "arkham-report", "Arkham")))
				.toString());

		JsonNode proposal = Api.read(curators.get(Accounts.REVIEWER, Curators.PROPOSALS + "/" + id).getBody());
		assertThat(proposal.get("status").asString()).isEqualTo("OPEN");
		assertThat(proposal.get("author").asString()).isEqualTo(Accounts.CURATOR);
		assertThat(proposal.get("changes")).hasSize(2);
		JsonNode event = proposal.get("changes").get(1);
		assertThat(event.get("action").asString()).isEqualTo("create");
		assertThat(event.get("before").isNull()).isTrue();
		assertThat(event.get("after").get("title").asString()).isEqualTo("The council meets in Arkham");
		assertThat(api.get("/api/v1/events/arkham-meeting").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api.get("/api/v1/sources/arkham-report").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(Api.read(curators.get(Accounts.CURATOR, Curators.PROPOSALS + "?status=OPEN&size=100").getBody())
			.get("content")
			.findValuesAsString("id")).contains(id);
	}

	@Test
	void aPublicationIsServedEverywhereAtOnce() {
		String version = api.json("/api/v1").get("dataVersion").asString();
		long lastChange = curators.lastChange();
		String listTag = api.get("/api/v1/events?from=2025&to=2025").getHeaders().getETag();

		JsonNode published = curators.published(proposal("Add the Dunwich report",
				create("source", "dunwich-report", source("Dunwich")),
				create("event", "dunwich-meeting", event("The council meets in Dunwich", "dunwich-report", "Dunwich")))
			.toString());

		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("decidedBy").asString()).isEqualTo(Accounts.REVIEWER);
		JsonNode event = api.json("/api/v1/events/dunwich-meeting");
		assertThat(event.get("revision").asInt()).isEqualTo(1);
		assertThat(event.get("date").asString()).isEqualTo("2025-03-03");
		assertThat(event.get("citations").get(0).get("quote").asString())
			.isEqualTo("On 3 March 2025, the test council met in Dunwich");
		assertThat(api.json("/api/v1/events?place=Dunwich").get("content").findValuesAsString("id"))
			.containsExactly("dunwich-meeting");
		assertThat(api.json("/api/v1/search?q=Dunwich").get("content").findValuesAsString("id"))
			.contains("dunwich-meeting", "dunwich-report");
		assertThat(
				api.json("/api/v1/timeline?from=2025-03&to=2025-03&size=100").get("content").findValuesAsString("id"))
			.contains("dunwich-meeting");
		assertThat(api.get("/api/v1/events?format=csv&from=2025&to=2025").getBody()).contains("dunwich-meeting");
		JsonNode source = api.json("/api/v1/sources/dunwich-report");
		assertThat(source.get("passages")).hasSize(2);
		assertThat(source.get("passages").get(1).get("markers").get(0).asString()).isEqualTo("[1]");
		assertThat(source.get("passages").get(0).get("citedBy").findValuesAsString("id")).contains("dunwich-meeting");

		assertThat(api.json("/api/v1").get("dataVersion").asString()).isNotEqualTo(version)
			.startsWith(version.split("\\.")[0]);
		assertThat(curators.lastChange()).isEqualTo(lastChange + 2);
		assertThat(api.get("/api/v1/events?from=2025&to=2025", ifNoneMatch(listTag)).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		JsonNode changes = api.json("/api/v1/changes?after=" + lastChange);
		assertThat(changes.get("content").findValuesAsString("id")).containsExactly("dunwich-report",
				"dunwich-meeting");
		assertThat(changes.get("content").findValuesAsString("proposal")).containsOnly(published.get("id").asString());
		assertThat(changes.get("next").asString()).isEqualTo("/api/v1/changes?after=" + (lastChange + 2));
		JsonNode revisions = api.json("/api/v1/events/dunwich-meeting/revisions").get("content");
		assertThat(revisions).hasSize(1);
		assertThat(revisions.get(0).get("author").asString()).isEqualTo(Accounts.CURATOR);
		assertThat(revisions.get(0).get("reviewer").asString()).isEqualTo(Accounts.REVIEWER);
		assertThat(revisions.get(0).get("action").asString()).isEqualTo("create");
	}

	@Test
	void anUpdateIsTheNextRevisionAndTheOneBeforeIsKeptAsItWasServed() {
		curators
			.published(
					proposal("Add the Innsmouth report", create("source", "innsmouth-report", source("Innsmouth")),
							create("event", "innsmouth-meeting",
									event("The council meets in Innsmouth", "innsmouth-report", "Innsmouth")))
						.toString());
		ObjectNode changed = (ObjectNode) api.json("/api/v1/events/innsmouth-meeting");
		changed.put("title", "The test council meets at Innsmouth harbour");

		curators.published(proposal("A clearer title", update("event", "innsmouth-meeting", 1, changed)).toString());

		JsonNode event = api.json("/api/v1/events/innsmouth-meeting");
		assertThat(event.get("revision").asInt()).isEqualTo(2);
		assertThat(event.get("title").asString()).isEqualTo("The test council meets at Innsmouth harbour");
		assertThat(api.json("/api/v1/events/innsmouth-meeting/revisions").get("content").findValuesAsString("summary"))
			.containsExactly("A clearer title", "Add the Innsmouth report");
		JsonNode first = api.json("/api/v1/events/innsmouth-meeting/revisions/1");
		assertThat(first.get("title").asString()).isEqualTo("The council meets in Innsmouth");
		assertThat(first.get("revision").asInt()).isEqualTo(1);
		assertThat(api.json("/api/v1/events/innsmouth-meeting/revisions/2")).isEqualTo(event);
		assertThat(api.json("/api/v1/search?q=harbour").get("content").findValuesAsString("id"))
			.contains("innsmouth-meeting");
		assertProblem(Answer.of(api.get("/api/v1/events/innsmouth-meeting/revisions/3")), 404, "/problems/not-found");
	}

	@Test
	void anUpdateThatChangesNothingIsStillARevisionOfItsOwn() {
		curators
			.published(
					proposal("Add the Kingsport report", create("source", "kingsport-report", source("Kingsport")),
							create("event", "kingsport-meeting",
									event("The council meets in Kingsport", "kingsport-report", "Kingsport")))
						.toString());
		ObjectNode same = (ObjectNode) api.json("/api/v1/events/kingsport-meeting");

		curators
			.published(proposal("Reviewed again, unchanged", update("event", "kingsport-meeting", 1, same)).toString());

		assertThat(api.json("/api/v1/events/kingsport-meeting").get("revision").asInt()).isEqualTo(2);
	}

	@Test
	void aDeletedItemIsGoneWhileItsHistoryStays() {
		curators.published(proposal("Add the Salem report", create("source", "salem-report", source("Salem")),
				create("event", "salem-meeting", event("The council meets in Salem", "salem-report", "Salem")))
			.toString());

		curators.published(proposal("Nothing in Salem after all", delete("event", "salem-meeting", 1)).toString());

		JsonNode gone = assertProblem(Answer.of(api.get("/api/v1/events/salem-meeting")), 410, "/problems/gone");
		assertThat(gone.get("revision").asInt()).isEqualTo(2);
		assertThat(gone.get("detail").asString()).contains("/api/v1/events/salem-meeting/revisions");
		assertThat(api.json("/api/v1/events/salem-meeting/revisions").get("content").findValuesAsString("action"))
			.containsExactly("delete", "create");
		assertProblem(Answer.of(api.get("/api/v1/events/salem-meeting/revisions/2")), 410, "/problems/gone");
		assertThat(api.json("/api/v1/events/salem-meeting/revisions/1").get("title").asString())
			.isEqualTo("The council meets in Salem");
		// No event happened in Salem any more: the place filter names no place.
		assertProblem(Answer.of(api.get("/api/v1/events?place=Salem")), 400, "/problems/invalid-parameter");
		assertThat(api.json("/api/v1/search?q=Salem").get("content").findValuesAsString("id"))
			.doesNotContain("salem-meeting");
		assertThat(api.json("/api/v1/sources/salem-report").get("passages").get(0).get("citedBy")).isEmpty();
	}

	@Test
	void anAuthorRevisesAndWithdrawsAnOpenProposalAndNoOneElseMay() {
		String id = curators.proposed(
				proposal("Add the Ulthar report", create("source", "ulthar-report", source("Ulthar"))).toString());
		String revised = proposal("Add the Ulthar report, titled", create("source", "ulthar-report", source("Ulthar")))
			.toString();

		assertProblem(Answer.of(curators.revise(Accounts.REVIEWER, id, revised)), 403, "/problems/forbidden");
		ResponseEntity<String> revision = curators.revise(Accounts.CURATOR, id, revised);
		assertThat(revision.getStatusCode()).as(revision.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(Api.read(revision.getBody()).get("summary").asString()).isEqualTo("Add the Ulthar report, titled");
		assertProblem(Answer.of(curators.withdraw(Accounts.REVIEWER, id)), 403, "/problems/forbidden");
		JsonNode withdrawn = Api.read(curators.withdraw(Accounts.CURATOR, id).getBody());
		assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
		assertProblem(Answer.of(curators.publish(Accounts.REVIEWER, id)), 409, "/problems/conflict");
		assertThat(api.get("/api/v1/sources/ulthar-report").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aReviewerRejectsAProposalSayingWhy() {
		String id = curators
			.proposed(proposal("Add the Celephais report", create("source", "celephais-report", source("Celephais")))
				.toString());

		assertProblem(Answer.of(curators.reject(Accounts.REVIEWER, id, "{}")), 400, "/problems/bad-request");
		JsonNode rejected = Api.read(
				curators.reject(Accounts.REVIEWER, id, "{\"reason\": \"The report is not about the CSTO\"}").getBody());

		assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.get("reason").asString()).isEqualTo("The report is not about the CSTO");
		assertThat(rejected.get("decidedBy").asString()).isEqualTo(Accounts.REVIEWER);
		assertProblem(Answer.of(curators.publish(Accounts.SECOND_REVIEWER, id)), 409, "/problems/conflict");
		assertThat(Api.read(curators.get(Accounts.CURATOR, Curators.PROPOSALS + "?status=REJECTED&size=100").getBody())
			.get("content")
			.findValuesAsString("id")).contains(id);
	}

	@Test
	void aPublishedProposalShowsEachItemAsItWasBeforeIt() {
		curators.published(proposal("Add the Sarnath report", create("source", "sarnath-report", source("Sarnath")),
				create("event", "sarnath-meeting", event("The council meets in Sarnath", "sarnath-report", "Sarnath")))
			.toString());
		ObjectNode changed = (ObjectNode) api.json("/api/v1/events/sarnath-meeting");
		changed.put("title", "The council meets in old Sarnath");

		JsonNode published = curators
			.published(proposal("Old Sarnath", update("event", "sarnath-meeting", 1, changed)).toString());

		JsonNode change = published.get("changes").get(0);
		assertThat(change.get("before").get("title").asString()).isEqualTo("The council meets in Sarnath");
		assertThat(change.get("after").get("title").asString()).isEqualTo("The council meets in old Sarnath");
	}

	private static HttpHeaders ifNoneMatch(String tag) {
		HttpHeaders headers = new HttpHeaders();
		headers.setIfNoneMatch(tag);
		return headers;
	}

}
