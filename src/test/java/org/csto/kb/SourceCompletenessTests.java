package org.csto.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.ShippedSource.normalized;

/**
 * What an event's or a statement's own quotes say, the item carries: every actor they
 * name is linked, and every date they give is its date. Names are found in the quotes as
 * the API serves them (names, other names, abbreviations, surnames, and the demonyms
 * below), so a new item that names an actor it does not link, or gives a date it does not
 * carry, fails here until it is linked or dated, or listed below with the reason. A
 * listed exception that no longer applies fails too, so the lists stay true.
 */
@KnowledgeBaseApiTest
class SourceCompletenessTests {

	/**
	 * How the source names states by their people: "Russian President", "the Kyrgyz
	 * violence".
	 */
	static final Map<String, String> DEMONYMS = Map.ofEntries(entry("Russian", "country/RUS"),
			entry("Armenian", "country/ARM"), entry("Azerbaijani", "country/AZE"), entry("Kyrgyz", "country/KGZ"),
			entry("Uzbek", "country/UZB"), entry("Afghan", "country/AFG"), entry("Afghans", "country/AFG"),
			entry("Belarusian", "country/BLR"), entry("Ukrainian", "country/UKR"), entry("Kazakh", "country/KAZ"),
			entry("Tajik", "country/TJK"), entry("Georgian", "country/GEO"), entry("Moldovan", "country/MDA"),
			entry("American", "country/USA"), entry("Abkhazian", "country/abkhazia"),
			entry("South Ossetian", "country/south-ossetia"), entry("Soviet", "country/soviet-union"));

	/**
	 * Actors an item's quotes name that it does not link, because the words do not make
	 * them a party to it. An event links its participants and the speakers of the
	 * statements that point to it; a statement links its speaker, what the speaker's
	 * roles are in, and its event's participants.
	 */
	static final Map<String, String> NAMED_BUT_NOT_LINKED = Map.ofEntries(entry("event/guam-established country/RUS",
			"\"Russian influence\" is what GUAM is \"largely seen\" as countering, a view of the group, not a party to its establishment"),
			entry("event/collective-rapid-reaction-force-plans-finalized country/RUS",
					"\"Russian:\" introduces the force's Russian name, a language, not the state"),
			entry("event/dmitry-medvedev-trip-to-ukraine country/BLR",
					"Belarus is named only in the question put to Medvedev; his answer, the statement that points to the trip, carries it"),
			entry("event/ntv-documentary-comparing-lukashenko-to-bakiyev country/RUS",
					"\"the Russian television channel\" says where NTV is from; the source does not say the Russian state aired the film"),
			entry("event/prikhodko-threatens-to-publish-csto-meeting-transcript country/abkhazia",
					"named only in what Lukashenko said at the CSTO meeting, a statement of its own"),
			entry("event/prikhodko-threatens-to-publish-csto-meeting-transcript country/south-ossetia",
					"named only in what Lukashenko said at the CSTO meeting, a statement of its own"),
			entry("event/csto-meeting-lukashenko-on-abkhazia-and-south-ossetia country/abkhazia",
					"named only in what Lukashenko said there, a statement of its own"),
			entry("event/csto-meeting-lukashenko-on-abkhazia-and-south-ossetia country/south-ossetia",
					"named only in what Lukashenko said there, a statement of its own"),
			entry("event/kyrgyz-violence-against-ethnic-uzbek-minorities country/UZB",
					"\"ethnic Uzbek minorities\" names a people, not the state of Uzbekistan"),
			entry("statement/bordyuzha-foreign-mercenaries-provoked-kyrgyz-violence country/UZB",
					"\"ethnic Uzbek minorities\" names a people, not the state of Uzbekistan"),
			entry("statement/medvedev-on-real-partnership country/BLR", "named in what Medvedev was asked"),
			entry("statement/prikhodko-threatens-to-publish-csto-meeting-transcript country/abkhazia",
					"named in what Lukashenko is reported to have said"),
			entry("statement/prikhodko-threatens-to-publish-csto-meeting-transcript country/south-ossetia",
					"named in what Lukashenko is reported to have said"),
			entry("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia country/abkhazia",
					"what he said he would recognize"),
			entry("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia country/south-ossetia",
					"what he said he would recognize"),
			entry("statement/pashinyan-concurs-with-secretary-general-report country/AZE",
					"named in what Pashinyan said (\"Azerbaijani aggression\"); Azerbaijan did not take part in the meeting"),
			entry("statement/peskov-armenia-remains-very-close-ally country/ARM", "what Peskov said Armenia remains"),
			entry("statement/pashinyan-strategic-mistake-to-rely-solely-on-russia country/RUS",
					"named in what Pashinyan said"),
			entry("statement/pashinyan-russian-federation-cannot-meet-armenias-security-needs country/RUS",
					"named in what Pashinyan said"),
			entry("statement/armenia-asks-russian-peacekeepers-to-return-to-russia country/RUS",
					"what Armenia asked for: Russian peacekeeping forces to return to Russia"),
			entry("statement/pashinyan-csto-membership-under-review organization/csto", "named in what Pashinyan said"),
			entry("statement/peskov-charter-has-no-frozen-membership-status organization/csto",
					"named in what Peskov said (\"the CSTO charter\")"));

	/**
	 * Participants and speakers that an item's quotes give only by a description, with
	 * the words.
	 */
	static final Map<String, String> LINKED_BY_DESCRIPTION = Map.ofEntries(
			entry("event/collective-rapid-reaction-force-agreement organization/csto",
					"\"five of the seven members\": of the CSTO, whose force it is"),
			entry("event/pashinyan-refuses-common-military-drills organization/csto",
					"\"the organization did not unequivocally condemn Azerbaijan\""),
			entry("event/foreign-ministers-council-meeting-in-minsk organization/csto",
					"\"The member states\" meeting in the CSTO's Foreign Ministers Council"),
			entry("statement/pashinyan-russian-federation-cannot-meet-armenias-security-needs person/nikol-pashinyan",
					"the second of two quotations after \"Pashinyan stated\" (passage 23); the first is cited by pashinyan-moscow-unable-to-deliver"),
			entry("statement/armenia-asks-russian-peacekeepers-to-return-to-russia country/ARM",
					"the subject of the sentence's first clause, \"Armenia declined participating\", which armenia-declines-military-exercises-at-cis-summit cites"));

	static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	static final Pattern A_DATE = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)|\\d{1,2} ("
			+ String.join("|", MONTHS) + ")|(" + String.join("|", MONTHS) + ") \\d{4}");

	/** Undated items whose own quotes hold a date that is not theirs, with the reason. */
	static final Map<String, String> UNDATED_DESPITE_A_DATE = Map.of();

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void everyActorAnItemsQuotesNameIsLinkedUnlessListedWithAReason() {
		Map<String, Pattern> names = names();
		Map<String, JsonNode> events = byId(api.all("/api/v1/events"));
		List<JsonNode> statements = api.all("/api/v1/statements");
		Map<String, Set<String>> roles = roles();
		Set<String> unlinked = new TreeSet<>();
		for (JsonNode event : events.values()) {
			Set<String> linked = keys(event.get("participants"));
			statements.stream()
				.filter(statement -> eventId(statement) != null
						&& eventId(statement).equals(event.get("id").asString()))
				.forEach(statement -> linked.add(key(statement.get("speaker"))));
			named(names, quotes(event)).stream()
				.filter(actor -> !linked.contains(actor))
				.forEach(actor -> unlinked.add("event/" + event.get("id").asString() + " " + actor));
		}
		for (JsonNode statement : statements) {
			Set<String> linked = new HashSet<>(Set.of(key(statement.get("speaker"))));
			linked.addAll(roles.getOrDefault(key(statement.get("speaker")), Set.of()));
			if (eventId(statement) != null) {
				linked.addAll(keys(events.get(eventId(statement)).get("participants")));
			}
			named(names, quotes(statement)).stream()
				.filter(actor -> !linked.contains(actor))
				.forEach(actor -> unlinked.add("statement/" + statement.get("id").asString() + " " + actor));
		}

		assertThat(difference(unlinked, NAMED_BUT_NOT_LINKED.keySet()))
			.as("actors an item's own quotes name that it does not link")
			.isEmpty();
		assertThat(difference(NAMED_BUT_NOT_LINKED.keySet(), unlinked))
			.as("listed as named but not linked, yet linked or no longer named")
			.isEmpty();
	}

	@Test
	void everyParticipantAndSpeakerIsNamedInTheItemsQuotesUnlessListedWithTheWords() {
		Map<String, Pattern> names = names();
		Map<String, JsonNode> events = byId(api.all("/api/v1/events"));
		Set<String> unnamed = new TreeSet<>();
		for (JsonNode event : events.values()) {
			Set<String> named = named(names, quotes(event));
			keys(event.get("participants")).stream()
				.filter(participant -> !named.contains(participant))
				.forEach(participant -> unnamed.add("event/" + event.get("id").asString() + " " + participant));
		}
		for (JsonNode statement : api.all("/api/v1/statements")) {
			List<String> quotes = new ArrayList<>(quotes(statement));
			if (eventId(statement) != null) {
				quotes.addAll(quotes(events.get(eventId(statement))));
			}
			if (!named(names, quotes).contains(key(statement.get("speaker")))) {
				unnamed.add("statement/" + statement.get("id").asString() + " " + key(statement.get("speaker")));
			}
		}

		assertThat(difference(unnamed, LINKED_BY_DESCRIPTION.keySet()))
			.as("participants and speakers that the item's quotes (a statement's with its event's) do not name")
			.isEmpty();
		assertThat(difference(LINKED_BY_DESCRIPTION.keySet(), unnamed))
			.as("listed as linked by description, yet named or no longer linked")
			.isEmpty();
	}

	@Test
	void everyDateIsInTheQuotesAndOneReadFromAroundTheDayHasANote() {
		Map<String, JsonNode> events = byId(api.all("/api/v1/events"));
		List<String> wrong = new ArrayList<>();
		for (JsonNode event : events.values()) {
			check("event/" + event.get("id").asString(), event.get("date"), event.get("datePrecision"), quotes(event),
					event.get("note"), wrong);
		}
		for (JsonNode statement : api.all("/api/v1/statements")) {
			List<String> quotes = new ArrayList<>(quotes(statement));
			if (eventId(statement) != null) {
				quotes.addAll(quotes(events.get(eventId(statement))));
			}
			check("statement/" + statement.get("id").asString(), statement.get("date"), statement.get("datePrecision"),
					quotes, statement.get("note"), wrong);
		}
		for (JsonNode organization : api.all("/api/v1/organizations")) {
			check("organization/" + organization.get("id").asString(), organization.get("founded"),
					organization.get("foundedPrecision"), quotes(organization), organization.get("note"), wrong);
		}

		assertThat(wrong).as("dates not stated by the item's quotes, or assembled from them without a note").isEmpty();
	}

	@Test
	void noUndatedEventOrStatementQuotesADateUnlessListedWithAReason() {
		Set<String> undated = new TreeSet<>();
		Stream
			.concat(api.all("/api/v1/events").stream().map(event -> Map.entry("event/", event)),
					api.all("/api/v1/statements").stream().map(statement -> Map.entry("statement/", statement)))
			.filter(item -> item.getValue().get("date").isNull())
			.filter(item -> quotes(item.getValue()).stream().anyMatch(quote -> A_DATE.matcher(quote).find()))
			.forEach(item -> undated.add(item.getKey() + item.getValue().get("id").asString()));

		assertThat(difference(undated, UNDATED_DESPITE_A_DATE.keySet()))
			.as("undated items whose own quotes give a date")
			.isEmpty();
		assertThat(difference(UNDATED_DESPITE_A_DATE.keySet(), undated)).as("listed as undated despite a date, yet not")
			.isEmpty();
	}

	/**
	 * A DAY or MONTH date is stated whole in one quote, or assembled from its quotes and
	 * explained in a note.
	 */
	private static void check(String label, JsonNode date, JsonNode precision, List<String> quotes, JsonNode note,
			List<String> wrong) {
		if (date.isNull()) {
			return;
		}
		String value = date.asString();
		String year = value.substring(0, 4);
		String month = (value.length() > 4) ? MONTHS.get(Integer.parseInt(value.substring(5, 7)) - 1) : null;
		String day = (value.length() > 7) ? String.valueOf(Integer.parseInt(value.substring(8, 10))) : null;
		String text = String.join("\n", quotes);
		boolean hasYear = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(text).find();
		boolean whole;
		boolean parts;
		switch (precision.asString()) {
			case "YEAR" -> {
				whole = hasYear;
				parts = hasYear;
			}
			case "MONTH" -> {
				whole = text.contains(month + " " + year);
				parts = hasYear && text.contains(month);
			}
			default -> {
				whole = text.contains(day + " " + month + " " + year) || text.contains(month + " " + day + ", " + year);
				parts = hasYear && (text.contains(day + " " + month) || text.contains(month + " " + day));
			}
		}
		if (!whole && !(parts && !note.isNull())) {
			wrong.add(label + ": " + value + " " + precision.asString() + (parts ? " assembled without a note" : ""));
		}
	}

	/**
	 * Every actor the API serves, by each name the source gives it, as a pattern matching
	 * whole words.
	 */
	private Map<String, Pattern> names() {
		Map<String, Set<String>> terms = new LinkedHashMap<>();
		for (JsonNode country : api.all("/api/v1/countries")) {
			add(terms, "country/" + country.get("code").asString(), country.get("name").asString());
		}
		DEMONYMS.forEach((demonym, actor) -> add(terms, actor, demonym));
		for (String type : List.of("organization", "body")) {
			for (JsonNode item : api.all("/api/v1/" + DataIntegrityTests.COLLECTION_OF_TYPE.get(type))) {
				String actor = type + "/" + item.get("id").asString();
				add(terms, actor, item.get("name").asString());
				if (!item.get("abbreviation").isNull()) {
					add(terms, actor, item.get("abbreviation").asString());
				}
				item.get("alternativeNames").forEach(name -> add(terms, actor, name.get("name").asString()));
			}
		}
		for (JsonNode person : api.all("/api/v1/persons")) {
			String actor = "person/" + person.get("id").asString();
			List<String> spellings = new ArrayList<>(List.of(person.get("name").asString()));
			person.get("otherNames").forEach(name -> spellings.add(name.asString()));
			for (String spelling : spellings) {
				add(terms, actor, spelling);
				add(terms, actor, spelling.substring(spelling.lastIndexOf(' ') + 1));
			}
		}
		Map<String, Pattern> names = new HashMap<>();
		terms.forEach((actor, words) -> names.put(actor,
				Pattern.compile(words.stream()
					.map(word -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
					.reduce((a, b) -> a + "|" + b)
					.orElseThrow(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
		return names;
	}

	/** What each person's roles are in: the state or body an official acts for. */
	private Map<String, Set<String>> roles() {
		Map<String, Set<String>> roles = new HashMap<>();
		for (JsonNode person : api.all("/api/v1/persons")) {
			Set<String> of = new HashSet<>();
			person.get("roles").forEach(role -> {
				if (!role.get("of").isNull()) {
					of.add(key(role.get("of")));
				}
			});
			roles.put("person/" + person.get("id").asString(), of);
		}
		return roles;
	}

	private static Set<String> named(Map<String, Pattern> names, List<String> quotes) {
		Set<String> named = new TreeSet<>();
		for (String quote : quotes) {
			names.forEach((actor, pattern) -> {
				if (pattern.matcher(normalized(quote)).find()) {
					named.add(actor);
				}
			});
		}
		return named;
	}

	private static void add(Map<String, Set<String>> terms, String actor, String word) {
		terms.computeIfAbsent(actor, key -> new LinkedHashSet<>()).add(normalized(word));
	}

	private static List<String> quotes(JsonNode item) {
		return item.get("citations").findValuesAsString("quote");
	}

	private static String key(JsonNode reference) {
		return reference.get("type").asString() + "/" + reference.get("id").asString();
	}

	private static Set<String> keys(JsonNode references) {
		Set<String> keys = new HashSet<>();
		references.forEach(reference -> keys.add(key(reference)));
		return keys;
	}

	private static String eventId(JsonNode statement) {
		return statement.get("event").isNull() ? null : statement.get("event").get("id").asString();
	}

	private static Map<String, JsonNode> byId(List<JsonNode> items) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		items.forEach(item -> byId.put(item.get("id").asString(), item));
		return byId;
	}

	private static Set<String> difference(Set<String> some, Set<String> others) {
		Set<String> difference = new TreeSet<>(some);
		difference.removeAll(others);
		return difference;
	}

}
