package org.csto.kb.curation;

import java.util.Map;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.curation.Drafts.citation;
import static org.csto.kb.curation.Drafts.create;
import static org.csto.kb.curation.Drafts.delete;
import static org.csto.kb.curation.Drafts.event;
import static org.csto.kb.curation.Drafts.proposal;
import static org.csto.kb.curation.Drafts.source;
import static org.csto.kb.curation.Drafts.update;
import static org.csto.kb.testing.Problems.assertProblem;

/**
 * What a proposal is checked for: each mistake a {@code 422} that names where it is, with
 * a JSON Pointer into the request, and nothing stored. The checks run against the shipped
 * data, which this application seeds as every other does.
 */
@CurationApiTest
class ProposalChecksTests {

	static final String EXTRACT = "csto-wikipedia-extract";

	@Autowired
	Api api;

	Curators curators;

	@BeforeEach
	void curators() {
		curators = new Curators(api);
	}

	/** The errors of a refused proposal, pointer to detail; it stored nothing. */
	Map<String, String> refused(Object proposal) {
		long proposals = curators.proposalCount();
		JsonNode problem = assertProblem(Answer.of(curators.propose(Accounts.CURATOR, proposal.toString())), 422,
				"/problems/invalid-proposal");
		assertThat(curators.proposalCount()).as("proposals kept").isEqualTo(proposals);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		problem.get("errors")
			.forEach(error -> errors.put(error.get("pointer").asString(), error.get("detail").asString()));
		return errors;
	}

	/** A new event citing a passage of the shipped text. */
	static ObjectNode cited(int passage, String quote) {
		ObjectNode event = event("A test event", EXTRACT, "Nowhere");
		event.putArray("places");
		event.putArray("citations").add(citation(EXTRACT, passage, quote));
		return event;
	}

	@Test
	void aQuoteThatDiffersByOneCharacterIsNotAnExcerpt() {
		String exact = api.json("/api/v1/sources/" + EXTRACT + "/passages/4").get("text").asString();
		String quote = exact.substring(0, 60);
		String altered = quote.substring(0, 40) + (quote.charAt(40) == 'x' ? 'y' : 'x') + quote.substring(41);

		Map<String, String> errors = refused(
				proposal("A quote off by one", create("event", "off-by-one", cited(4, altered))));

		assertThat(errors).containsOnlyKeys("/changes/0/item/citations/0/quote");
		assertThat(errors.get("/changes/0/item/citations/0/quote")).contains("not an exact excerpt of passage 4")
			.contains("differs at");
		assertThat(curators
			.proposed(proposal("The quote as it is", create("event", "exact-quote", cited(4, quote))).toString()))
			.isNotBlank();
	}

	@Test
	void whitespaceAsideAQuoteIsAnExcerpt() {
		String exact = api.json("/api/v1/sources/" + EXTRACT + "/passages/4").get("text").asString();
		String spaced = "  " + exact.substring(0, 50).replace(" ", "\n  ") + " ";

		assertThat(curators.proposed(proposal("Spaced", create("event", "spaced-quote", cited(4, spaced))).toString()))
			.isNotBlank();
	}

	@Test
	void aCitationNamesAPassageThereIsAndAMarkerOfIt() {
		ObjectNode event = cited(4, "x");
		event.withArray("citations").removeAll();
		event.withArray("citations").add(citation("no-such-source", 1, "words"));
		event.withArray("citations").add(citation(EXTRACT, 9999, "words"));
		event.withArray("citations").add(citation(EXTRACT, 0, "words"));
		ObjectNode marked = citation(EXTRACT, 4, "Collective");
		marked.put("marker", "[999]");
		event.withArray("citations").add(marked);

		Map<String, String> errors = refused(proposal("Bad citations", create("event", "bad-citations", event)));

		assertThat(errors).containsOnlyKeys("/changes/0/item/citations/0/source", "/changes/0/item/citations/1/passage",
				"/changes/0/item/citations/2/passage", "/changes/0/item/citations/3/marker");
	}

	@Test
	void everyItemHasACitation() {
		ObjectNode event = cited(4, "x");
		event.putArray("citations");

		assertThat(refused(proposal("Uncited", create("event", "uncited", event))))
			.containsOnlyKeys("/changes/0/item/citations");
	}

	@Test
	void everyReferenceResolvesToAPublishedItemOrOneCreatedAlongside() {
		ObjectNode event = cited(4, "Collective");
		event.putArray("participants").addObject().put("type", "country").put("id", "ATL");
		event.putArray("concerns").addObject().put("type", "organization").put("id", "csto");
		event.putArray("places")
			.addObject()
			.put("name", "Yerevan")
			.putObject("country")
			.put("type", "country")
			.put("id", "am");
		event.putObject("during").put("type", "event").put("id", "new-event");

		Map<String, String> errors = refused(proposal("Unresolved", create("event", "unresolved", event)));

		assertThat(errors).containsOnlyKeys("/changes/0/item/participants/0/id", "/changes/0/item/places/0/country/id",
				"/changes/0/item/during/id");
		assertThat(errors.get("/changes/0/item/places/0/country/id")).contains("did you mean 'ARM'");

		ObjectNode first = cited(4, "Collective");
		ObjectNode second = cited(4, "Collective");
		second.putObject("during").put("type", "event").put("id", "new-event");
		assertThat(curators.proposed(proposal("Two new events, one during the other",
				create("event", "during-new-event", second), create("event", "new-event", first))
			.toString())).isNotBlank();
	}

	@Test
	void aReferenceNamesATypeTheFieldTakes() {
		ObjectNode event = cited(4, "Collective");
		event.putArray("participants").addObject().put("type", "source").put("id", EXTRACT);

		assertThat(refused(proposal("A source as a party", create("event", "source-party", event))))
			.containsOnlyKeys("/changes/0/item/participants/0/type");
	}

	@Test
	void aNewItemsIdIsAnUnusedSlug() {
		Map<String, String> errors = refused(proposal("Ids", create("event", "csto-founding", cited(4, "Collective")),
				create("event", "Not A Slug", cited(4, "Collective")), create("event", "twice", cited(4, "Collective")),
				create("event", "twice", cited(4, "Collective")), create("country", "atlantis", countryDraft()),
				create("country", "Atlantis", countryDraft())));

		assertThat(errors).containsOnlyKeys("/changes/0/id", "/changes/1/id", "/changes/3/id", "/changes/5/id");
		assertThat(errors.get("/changes/0/id")).contains("published event");
		assertThat(errors.get("/changes/3/id")).contains("/changes/2");
	}

	@Test
	void anItemsOwnIdIsTheChangesOrLeftOut() {
		ObjectNode event = cited(4, "Collective");
		event.put("id", "another-id");

		assertThat(refused(proposal("Two ids", create("event", "one-id", event))))
			.containsOnlyKeys("/changes/0/item/id");
	}

	@Test
	void anUpdateOrDeleteNamesTheItemsCurrentRevision() {
		JsonNode founding = api.json("/api/v1/events/csto-founding");

		Map<String, String> errors = refused(
				proposal("Stale", update("event", "csto-founding", 7, (ObjectNode) founding),
						delete("event", "no-such-event", 1), delete("statement", "no-such-statement", 1)));

		assertThat(errors).containsOnlyKeys("/changes/0/baseRevision", "/changes/1/id", "/changes/2/id");
		assertThat(errors.get("/changes/0/baseRevision")).contains("revision 1");
	}

	@Test
	void aDeletionLeavesNothingPointingAtWhatItDeletes() {
		Map<String, String> errors = refused(
				proposal("Delete Armenia", delete("country", "ARM", 1), delete("source", EXTRACT, 1)));

		assertThat(errors).containsOnlyKeys("/changes/0", "/changes/1");
		assertThat(errors.get("/changes/0")).contains("still referred to");
	}

	@Test
	void datesArePartialIsoDatesAtThePrecisionGiven() {
		ObjectNode badDate = cited(4, "Collective");
		badDate.put("date", "2025-02-30");
		ObjectNode wrongPrecision = cited(4, "Collective");
		wrongPrecision.put("date", "2025-02");
		ObjectNode noDate = cited(4, "Collective");
		noDate.putNull("date");

		assertThat(refused(proposal("Dates", create("event", "bad-date", badDate),
				create("event", "wrong-precision", wrongPrecision), create("event", "no-date", noDate))))
			.containsOnlyKeys("/changes/0/item/date", "/changes/1/item/datePrecision", "/changes/2/item/datePrecision");
	}

	@Test
	void aQuotedStatementQuotesItsSpeakerWordForWord() {
		ObjectNode statement = Drafts.JSON.createObjectNode()
			.put("text", "Words nobody said")
			.put("kind", "QUOTE")
			.putNull("date")
			.putNull("datePrecision");
		statement.putObject("speaker").put("type", "person").put("id", "nikol-pashinyan");
		statement.putArray("citations").add(citation(EXTRACT, 4, "Collective"));

		assertThat(refused(proposal("Misquoted", create("statement", "misquoted", statement))))
			.containsOnlyKeys("/changes/0/item/text");
	}

	@Test
	void aSourceIsCreatedWithItsTextAndItsTextNeverChanges() {
		ObjectNode noText = source("Leng");
		noText.remove("text");
		ObjectNode changedText = (ObjectNode) api.json("/api/v1/sources/" + EXTRACT);
		changedText.put("text", "Another text");

		Map<String, String> errors = refused(proposal("Sources", create("source", "leng-report", noText),
				update("source", EXTRACT, 1, changedText)));

		assertThat(errors).containsOnlyKeys("/changes/0/item/text", "/changes/1/item/text");
		assertThat(errors.get("/changes/1/item/text")).contains("never changes");
	}

	@Test
	void everyErrorOfAProposalIsReportedAtOnce() {
		ObjectNode uncited = cited(4, "x");
		uncited.putArray("citations");
		uncited.put("title", "");

		Map<String, String> errors = refused(proposal("", create("event", "Bad Id", uncited),
				create("organization", "nameless", Drafts.JSON.createObjectNode())));

		assertThat(errors.keySet()).contains("/summary", "/changes/0/id", "/changes/0/item/title",
				"/changes/0/item/citations", "/changes/1/item/name", "/changes/1/item/citations");
	}

	private static ObjectNode countryDraft() {
		ObjectNode country = Drafts.JSON.createObjectNode().put("name", "Atlantis").putNull("alpha2");
		country.putArray("citations").add(citation(EXTRACT, 4, "Collective"));
		return country;
	}

}
