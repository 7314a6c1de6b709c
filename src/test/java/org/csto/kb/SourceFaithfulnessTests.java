package org.csto.kb;

import java.util.ArrayList;
import java.util.List;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.ShippedSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader of the source text would check in the API: the expected values are read
 * off the text, and items are found the way a client would find them, by what they say.
 */
@KnowledgeBaseApiTest
class SourceFaithfulnessTests {

	@Autowired
	Api api;

	@Test
	void datesTheRapidReactionForceAgreementToTheDay() {
		JsonNode onThatDay = api.json("/api/v1/events?from=2009-02-04&to=2009-02-04&size=100");

		assertThat(onThatDay.get("content")).filteredOn(event -> event.get("datePrecision").asString().equals("DAY"))
			.singleElement()
			.satisfies(agreement -> {
				assertThat(agreement.get("citations").findValuesAsString("quote")).anyMatch(quote -> quote
					.startsWith("On 4 February 2009, an agreement to create the Collective Rapid Reaction Force"));
				assertThat(agreement.get("date").asString()).isEqualTo("2009-02-04");
			});
	}

	@Test
	void datesTheRapidReactionForcePlansToTheYearTheirSentenceGives() {
		JsonNode plans = citing("/api/v1/events", "with plans finalized on 14 June");

		assertThat(plans.get("date").asString()).isEqualTo("2009-06-14");
		assertThat(plans.get("datePrecision").asString()).isEqualTo("DAY");
		assertThat(plans.get("note").asString()).contains("14 June", "On 4 February 2009");
		assertThat(plans.get("citations").findValuesAsString("quote")).anyMatch(
				quote -> quote.startsWith("On 4 February 2009") && quote.endsWith("with plans finalized on 14 June."));
	}

	@Test
	void answersWhatHappenedIn2009WithTheRapidReactionForcePlans() {
		JsonNode in2009 = api.json("/api/v1/events?from=2009&to=2009&size=100");

		assertThat(in2009.get("content"))
			.filteredOn(event -> event.get("id")
				.asString()
				.equals(citing("/api/v1/events", "with plans finalized on 14 June").get("id").asString()))
			.singleElement()
			.satisfies(plans -> {
				assertThat(plans.get("date").asString()).isEqualTo("2009-06-14");
				assertThat(plans.get("datePrecision").asString()).isEqualTo("DAY");
				assertThat(plans.get("note").isNull()).isFalse();
			});
	}

	@Test
	void leavesUzbekistansJoiningOfGuamUndatedBecauseAtTheSameTimeIsNoDate() {
		JsonNode joining = citing("/api/v1/events", "At the same time, Uzbekistan joined the GUAM group");

		assertThat(joining.get("date").isNull()).isTrue();
		assertThat(joining.get("note").asString()).contains("At the same time");
	}

	@Test
	void namesTheActorsOfTheKyrgyzViolenceAndTiesBordyuzhasWordsToIt() {
		JsonNode violence = citing("/api/v1/events", "the Kyrgyz violence against ethnic Uzbek minorities");

		assertThat(ids(violence.get("participants"))).contains("KGZ").doesNotContain("csto", "UZB");
		assertThat(ids(violence.get("concerns"))).doesNotContain("csto");
		assertThat(api.all("/api/v1/statements"))
			.filteredOn(statement -> statement.get("speaker").get("name").asString().equals("Bordyuzha"))
			.hasSize(2)
			.allSatisfy(statement -> assertThat(statement.get("event").get("id").asString())
				.isEqualTo(violence.get("id").asString()));
		JsonNode response = citing("/api/v1/statements", "the CSTO response may have been inadequate");
		assertThat(ids(response.get("about"))).containsExactly("csto");
	}

	@Test
	void placesThePashinyanChairedMeetingInYerevanAndTheProtestsDuringIt() {
		JsonNode meeting = citing("/api/v1/events",
				"the meeting was chaired by Armenian Prime Minister Nikol Pashinyan");
		JsonNode protests = citing("/api/v1/events", "large groups of protestors gathered");

		assertThat(meeting.get("places")).singleElement().satisfies(place -> {
			assertThat(place.get("name").asString()).isEqualTo("Yerevan");
			assertThat(place.get("country").isNull()).isTrue();
		});
		assertThat(meeting.get("citations")).anySatisfy(citation -> {
			assertThat(citation.get("passage").asInt()).isEqualTo(18);
			assertThat(citation.get("quote").asString()).contains("during the meeting in Yerevan");
		});
		assertThat(protests.get("during").get("id").asString()).isEqualTo(meeting.get("id").asString());
		assertThat(protests.get("places").findValuesAsString("name")).containsExactly("Yerevan");
	}

	@Test
	void letsMedvedevsAnswerSpeakOfBelarus() {
		JsonNode answer = api.all("/api/v1/statements")
			.stream()
			.filter(each -> each.get("text").asString().startsWith("Real partnership"))
			.findFirst()
			.orElseThrow();

		assertThat(ids(answer.get("about"))).containsExactly("BLR");
		assertThat(answer.get("citations").findValuesAsString("quote"))
			.anyMatch(quote -> quote.contains("whether Belarus could expect a similar deal"));
	}

	@Test
	void readsMoscowInPashinyansWordsAsRussia() {
		JsonNode moscow = api.all("/api/v1/statements")
			.stream()
			.filter(each -> each.get("text").asString().startsWith("Moscow has been unable to deliver"))
			.findFirst()
			.orElseThrow();

		assertThat(moscow.get("about")).singleElement().satisfies(about -> {
			assertThat(about.get("type").asString()).isEqualTo("country");
			assertThat(about.get("id").asString()).isEqualTo("RUS");
		});
	}

	@Test
	void datesArmeniasRequestForTheRussianPeacekeepersByItsSentence() {
		JsonNode request = citing("/api/v1/statements", "asked for Russian peacekeeping forces to return to Russia");

		assertThat(request.get("date").asString()).isEqualTo("2023-10");
		assertThat(request.get("datePrecision").asString()).isEqualTo("MONTH");
		assertThat(request.get("citations").findValuesAsString("quote")).anyMatch(quote -> quote
			.contains("in October 2023 and asked for Russian peacekeeping forces to return to Russia."));
		assertThat(request.get("note").asString()).contains("October 2023");
		assertThat(ids(request.get("about"))).containsExactly("RUS");
	}

	@Test
	void makesNatoAndRussiaConcernsOfTheArmenianDebateNotParticipants() {
		JsonNode debate = citing("/api/v1/events", "prompted a national debate in Armenia");

		assertThat(ids(debate.get("concerns"))).contains("RUS", "nato");
		assertThat(ids(debate.get("participants"))).doesNotContain("RUS", "nato");
	}

	@Test
	void makesTheUnitedStatesAConcernOfTheYerevanProtestsNotAParticipant() {
		JsonNode protests = citing("/api/v1/events", "large groups of protestors gathered");

		assertThat(ids(protests.get("concerns"))).contains("USA", "ARM", "csto");
		assertThat(ids(protests.get("participants"))).doesNotContain("USA", "ARM", "csto");
	}

	@Test
	void recordsNoCitysCountryAsAParticipant() {
		List<JsonNode> events = api.all("/api/v1/events");
		List<String> wrong = new ArrayList<>();
		for (JsonNode event : events) {
			for (JsonNode place : event.get("places")) {
				JsonNode country = place.get("country");
				if (!country.isNull() && !place.get("name").asString().equals(country.get("name").asString())
						&& ids(event.get("participants")).contains(country.get("id").asString())) {
					wrong.add(event.get("id").asString() + ": " + place.get("name").asString());
				}
			}
		}
		assertThat(wrong).as("events with a city's country among their participants").isEmpty();

		for (String[] meeting : new String[][] { { "at a meeting in Yerevan, Armenia", "ARM" },
				{ "The CSTO meeting in Nur-Sultan , Kazakhstan", "KAZ" },
				{ "in a Foreign Ministers Council meeting in Minsk, Belarus", "BLR" },
				{ "at the CIS summit in Kyrgyzstan in October 2023", "KGZ" } }) {
			JsonNode event = citing("/api/v1/events", meeting[0]);
			assertThat(event.get("places")).as(meeting[0])
				.anySatisfy(place -> assertThat(place.get("country").get("id").asString()).isEqualTo(meeting[1]));
			assertThat(ids(event.get("participants"))).as(meeting[0]).doesNotContain(meeting[1]);
		}
		JsonNode offer = citing("/api/v1/events", "along the Armenia-Azerbaijan border");
		assertThat(ids(offer.get("participants"))).containsExactly("sergey-lavrov");
		assertThat(ids(offer.get("concerns"))).contains("ARM", "AZE");
	}

	@Test
	void tiesRussiasAnswerOnMembershipDuesToArmeniasAnnouncementButLeavesItUndated() {
		JsonNode announcement = citing("/api/v1/events", "On 8 May 2024, Armenia announced");
		JsonNode answer = citing("/api/v1/statements", "leading Russia to state");

		assertThat(answer.get("event").get("id").asString()).isEqualTo(announcement.get("id").asString());
		assertThat(answer.get("date").isNull()).isTrue();
	}

	@Test
	void givesLavrovNoRoleBecauseTheSourceGivesHimNone() {
		JsonNode lavrov = named("/api/v1/persons", "Sergey Lavrov");

		assertThat(lavrov.get("roles").isEmpty()).isTrue();
	}

	@Test
	void keepsPashinyanAsArmeniasPrimeMinister() {
		JsonNode pashinyan = named("/api/v1/persons", "Nikol Pashinyan");

		assertThat(pashinyan.get("roles").findValuesAsString("title")).containsExactly("Prime Minister");
		assertThat(pashinyan.get("roles").get(0).get("of").get("id").asString()).isEqualTo("ARM");
	}

	@Test
	void letsTheUzbekForeignMinistrySpeakAsAnInstitution() {
		JsonNode statement = api.all("/api/v1/statements")
			.stream()
			.filter(each -> each.get("text").asString().startsWith("The implementation of such projects"))
			.findFirst()
			.orElseThrow();

		assertThat(statement.get("speaker").get("type").asString()).isEqualTo("organization");
		assertThat(statement.get("speaker").get("name").asString())
			.isEqualTo("Ministry of Foreign Affairs of Uzbekistan");
		assertThat(statement.get("date").asString()).isEqualTo("2009-08-03");
	}

	@Test
	void recordsArmeniasParticipationAsFrozen() {
		assertThat(api.json("/api/v1/member-states/am").get("status").asString()).isEqualTo("PARTICIPATION_FROZEN");
	}

	@Test
	void countsTheSixMemberStatesTheSourceNames() {
		JsonNode members = api.json("/api/v1/member-states?sort=code");

		assertThat(members.get("page").get("totalElements").asInt()).isEqualTo(6);
		assertThat(members.get("content").findValuesAsString("code")).containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS",
				"TJK");
	}

	@Test
	void datesTheCstoFoundingToTheYear() {
		JsonNode csto = named("/api/v1/organizations", "Collective Security Treaty Organization");

		assertThat(csto.get("founded").asString()).isEqualTo("2002");
		assertThat(csto.get("foundedPrecision").asString()).isEqualTo("YEAR");
	}

	@Test
	void quotesMedvedevVerbatim() {
		JsonNode medvedev = api.all("/api/v1/statements")
			.stream()
			.filter(each -> each.get("speaker").get("name").asString().equals("Dmitry Medvedev"))
			.findFirst()
			.orElseThrow();

		assertThat(medvedev.get("kind").asString()).isEqualTo("QUOTE");
		assertThat(medvedev.get("text").asString()).startsWith("Real partnership is one thing");
		assertThat(ShippedSource.text()).contains(medvedev.get("text").asString());
	}

	@Test
	void givesNoDateForAStatementTheSourceDoesNotDate() {
		assertThat(api.all("/api/v1/statements"))
			.filteredOn(each -> each.get("text").asString().startsWith("Real partnership"))
			.singleElement()
			.satisfies(medvedev -> assertThat(medvedev.get("date").isNull()).isTrue());
	}

	private static List<String> ids(JsonNode references) {
		return references.findValuesAsString("id");
	}

	private JsonNode named(String collection, String name) {
		List<JsonNode> matching = api.all(collection)
			.stream()
			.filter(item -> item.get("name").asString().equals(name))
			.toList();
		assertThat(matching).as("%s named %s", collection, name).hasSize(1);
		return matching.get(0);
	}

	private JsonNode citing(String collection, String words) {
		List<JsonNode> matching = api.all(collection)
			.stream()
			.filter(item -> item.get("citations")
				.findValuesAsString("quote")
				.stream()
				.anyMatch(quote -> quote.contains(words)))
			.toList();
		assertThat(matching).as("%s citing '%s'", collection, words).hasSize(1);
		return matching.get(0);
	}

}
