package org.csto.kb.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.curation.Drafts.create;
import static org.csto.kb.curation.Drafts.event;
import static org.csto.kb.curation.Drafts.proposal;
import static org.csto.kb.curation.Drafts.source;
import static org.csto.kb.curation.Drafts.update;

/**
 * Two reviewers at the same moment: of two proposals that change the same item from the
 * same revision, one is published and the other answered {@code 409}, and the published
 * one is what readers see; a proposal published twice at once is published once. Run
 * several times, with both requests released together.
 */
@CurationApiTest
class ConcurrentPublicationTests {

	@Autowired
	Api api;

	Curators curators;

	@BeforeEach
	void curators() {
		curators = new Curators(api);
	}

	@RepeatedTest(5)
	void ofTwoConflictingPublicationsOneWinsAndNoUpdateIsLost(org.junit.jupiter.api.RepetitionInfo repetition) {
		String place = "Yath" + repetition.getCurrentRepetition();
		String event = "yath-meeting-" + repetition.getCurrentRepetition();
		String report = "yath-report-" + repetition.getCurrentRepetition();
		curators.published(proposal("Add the " + place + " report", create("source", report, source(place)),
				create("event", event, event("The council meets in " + place, report, place)))
			.toString());
		String first = curators.proposed(retitled(event, "First title").toString());
		String second = curators.proposed(retitled(event, "Second title").toString());
		long lastChange = curators.lastChange();

		List<ResponseEntity<String>> answers = together(() -> curators.publish(Accounts.REVIEWER, first),
				() -> curators.publish(Accounts.SECOND_REVIEWER, second));

		List<Integer> statuses = answers.stream().map(answer -> answer.getStatusCode().value()).sorted().toList();
		assertThat(statuses).as(answers.toString()).containsExactly(200, 409);
		ResponseEntity<String> won = answers.get(0).getStatusCode().value() == 200 ? answers.get(0) : answers.get(1);
		ResponseEntity<String> lost = won == answers.get(0) ? answers.get(1) : answers.get(0);
		String winner = Api.read(won.getBody()).get("changes").get(0).get("after").get("title").asString();
		assertThat(Api.read(lost.getBody()).get("errors").findValuesAsString("pointer"))
			.containsExactly("/changes/0/baseRevision");
		JsonNode served = api.json("/api/v1/events/" + event);
		assertThat(served.get("title").asString()).isEqualTo(winner);
		assertThat(served.get("revision").asInt()).isEqualTo(2);
		assertThat(curators.lastChange()).isEqualTo(lastChange + 1);
		String loser = won == answers.get(0) ? second : first;
		assertThat(Api.read(curators.get(Accounts.CURATOR, Curators.PROPOSALS + "/" + loser).getBody())
			.get("status")
			.asString()).isEqualTo("OPEN");
	}

	@RepeatedTest(3)
	void aProposalPublishedTwiceAtOnceIsPublishedOnce(org.junit.jupiter.api.RepetitionInfo repetition) {
		String place = "Mnar" + repetition.getCurrentRepetition();
		String id = place.toLowerCase(java.util.Locale.ROOT);
		String proposal = curators
			.proposed(proposal("Add the " + place + " report", create("source", id + "-report", source(place)),
					create("event", id + "-meeting", event("The council meets in " + place, id + "-report", place)))
				.toString());
		long lastChange = curators.lastChange();

		List<ResponseEntity<String>> answers = together(() -> curators.publish(Accounts.REVIEWER, proposal),
				() -> curators.publish(Accounts.SECOND_REVIEWER, proposal));

		assertThat(answers.stream().map(answer -> answer.getStatusCode().value()).sorted().toList())
			.containsExactly(200, 409);
		assertThat(curators.lastChange()).isEqualTo(lastChange + 2);
		assertThat(api.json("/api/v1/events/" + id + "-meeting/revisions").get("content")).hasSize(1);
	}

	private ObjectNode retitled(String event, String title) {
		ObjectNode item = (ObjectNode) api.json("/api/v1/events/" + event);
		item.put("title", title);
		return proposal(title, update("event", event, 1, item));
	}

	/** The requests, released at the same moment from threads of their own. */
	@SafeVarargs
	private static List<ResponseEntity<String>> together(Supplier<ResponseEntity<String>>... requests) {
		CyclicBarrier start = new CyclicBarrier(requests.length);
		ExecutorService threads = Executors.newFixedThreadPool(requests.length);
		try {
			List<CompletableFuture<ResponseEntity<String>>> answers = new ArrayList<>();
			for (Supplier<ResponseEntity<String>> request : requests) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return request.get();
				}, threads));
			}
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdown();
		}
	}

}
