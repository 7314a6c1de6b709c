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

import org.csto.kb.shared.ResourceType;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csto.kb.testing.ShippedSource.normalized;

/**
 * What an event's or a statement's own quotes say, the item carries: every actor they
 * name is linked in some role, every party it links in a role is named in them, every
 * place is named in them, and every date they give is its date. Names are found in the
 * quotes as the API serves them (names, other names, abbreviations, surnames, and the
 * demonyms and other names below), so a new item that names an actor it does not link, or
 * gives a date it does not carry, fails here until it is linked or dated, or listed below
 * with the reason. A listed exception that no longer applies fails too, and so does one
 * whose reason no longer holds on the served data, so the lists stay true.
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
	 * Other names the source gives a state by: its capital, for its government ("Moscow
	 * has been unable to deliver").
	 */
	static final Map<String, String> OTHER_NAMES = Map.of("Moscow", "country/RUS");

	/**
	 * Actors an item's quotes name that it does not link, because the words do not make
	 * them a party to it. An event links its participants, its places' countries, its
	 * concerns, and the speakers and what is spoken of in the statements the source ties
	 * to it; a statement links its speaker, what the speaker's roles are in, what it
	 * speaks of, and its event's participants, places' countries and concerns. Each
	 * reason comes with the claim it makes, checked on the served data.
	 */
	static final Map<String, Listed> NAMED_BUT_NOT_LINKED = Map.ofEntries(entry("event/guam-established country/RUS",
			because("\"Russian influence\" is what the GUAM group is \"largely seen as intending to counter\", a view of the group, not a party to its establishment",
					quotes("event/guam-established", "largely seen as intending to counter Russian influence"))),
			entry("event/collective-rapid-reaction-force-plans-finalized country/RUS",
					because("\"Russian:\" introduces the force's Russian name, a language, not the state",
							quotes("event/collective-rapid-reaction-force-plans-finalized",
									"Collective Rapid Reaction Force (KSOR) (Russian: "))),
			entry("event/dmitry-medvedev-trip-to-ukraine country/RUS", because(
					"Russia acts through its President, who made the trip: \"Russian President Dmitry Medvedev\"",
					quotes("event/dmitry-medvedev-trip-to-ukraine", "Russian President Dmitry Medvedev"),
					actsFor("event/dmitry-medvedev-trip-to-ukraine", "country/RUS"))),
			entry("event/ntv-documentary-comparing-lukashenko-to-bakiyev country/RUS", because(
					"\"the Russian television channel\" says where NTV is from; NTV, not the Russian state, aired the film",
					quotes("event/ntv-documentary-comparing-lukashenko-to-bakiyev",
							"the Russian television channel NTV, run by Gazprom, aired"))),
			entry("event/ntv-documentary-comparing-lukashenko-to-bakiyev organization/gazprom",
					because("Gazprom runs the channel (\"NTV, run by Gazprom, aired\"); NTV aired the film",
							quotes("event/ntv-documentary-comparing-lukashenko-to-bakiyev",
									"NTV, run by Gazprom, aired"))),
			entry("event/prikhodko-threatens-to-publish-csto-meeting-transcript country/RUS", because(
					"Russia acts through the adviser who made the threat: \"the Russian President's foreign policy adviser Sergei Prikhodko\"",
					quotes("event/prikhodko-threatens-to-publish-csto-meeting-transcript",
							"the Russian President's foreign policy adviser Sergei Prikhodko threatened"),
					actsFor("event/prikhodko-threatens-to-publish-csto-meeting-transcript", "country/RUS"))),
			entry("event/prikhodko-threatens-to-publish-csto-meeting-transcript country/abkhazia", because(
					"named only in what Lukashenko said at the CSTO meeting, a statement of its own that speaks of it",
					in("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia", "about", "country/abkhazia"))),
			entry("event/prikhodko-threatens-to-publish-csto-meeting-transcript country/south-ossetia", because(
					"named only in what Lukashenko said at the CSTO meeting, a statement of its own that speaks of it",
					in("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia", "about",
							"country/south-ossetia"))),
			entry("event/kyrgyz-violence-against-ethnic-uzbek-minorities country/UZB",
					because("\"ethnic Uzbek minorities\" names a people, not the state of Uzbekistan",
							quotes("event/kyrgyz-violence-against-ethnic-uzbek-minorities",
									"against ethnic Uzbek minorities"))),
			entry("event/nancy-pelosi-visit-to-yerevan organization/united-states-house-of-representatives", because(
					"the House acts through its Speaker, who made the visit: \"Speaker of the United States House of Representatives Nancy Pelosi\"",
					quotes("event/nancy-pelosi-visit-to-yerevan",
							"Speaker of the United States House of Representatives Nancy Pelosi"),
					actsFor("event/nancy-pelosi-visit-to-yerevan",
							"organization/united-states-house-of-representatives"))),
			entry("event/nancy-pelosi-visit-to-yerevan country/USA", because(
					"named only in the name of the United States House of Representatives, whose Speaker made the visit",
					quotes("event/nancy-pelosi-visit-to-yerevan",
							"Speaker of the United States House of Representatives Nancy Pelosi"),
					actsFor("event/nancy-pelosi-visit-to-yerevan",
							"organization/united-states-house-of-representatives"))),
			entry("event/meeting-chaired-by-nikol-pashinyan country/ARM", because(
					"Armenia acts through its Prime Minister, who chaired the meeting: \"Armenian Prime Minister Nikol Pashinyan\"",
					quotes("event/meeting-chaired-by-nikol-pashinyan",
							"the meeting was chaired by Armenian Prime Minister Nikol Pashinyan"),
					actsFor("event/meeting-chaired-by-nikol-pashinyan", "country/ARM"))),
			entry("event/pashinyan-interview-2023-09-03 country/ARM", because(
					"Armenia acts through its prime minister, who gave the interview: \"Armenian prime minister Nikol Pashinyan stated\"",
					quotes("event/pashinyan-interview-2023-09-03", "Armenian prime minister Nikol Pashinyan stated"),
					actsFor("event/pashinyan-interview-2023-09-03", "country/ARM"))),
			entry("statement/bordyuzha-foreign-mercenaries-provoked-kyrgyz-violence country/UZB",
					because("\"ethnic Uzbek minorities\" names a people, not the state of Uzbekistan",
							quotes("statement/bordyuzha-foreign-mercenaries-provoked-kyrgyz-violence",
									"against ethnic Uzbek minorities"))),
			entry("statement/prikhodko-threatens-to-publish-csto-meeting-transcript country/abkhazia", because(
					"named in what Lukashenko is reported to have said, a statement of its own that speaks of it",
					in("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia", "about", "country/abkhazia"))),
			entry("statement/prikhodko-threatens-to-publish-csto-meeting-transcript country/south-ossetia", because(
					"named in what Lukashenko is reported to have said, a statement of its own that speaks of it",
					in("statement/lukashenko-on-recognizing-abkhazia-and-south-ossetia", "about",
							"country/south-ossetia"))),
			entry("statement/armenia-asks-russian-peacekeepers-to-return-to-russia organization/commonwealth-of-independent-states",
					because("named in the sentence's first clause, cited for the date: the refusal \"at the CIS summit\", whose concern it is",
							quotes("statement/armenia-asks-russian-peacekeepers-to-return-to-russia",
									"at the CIS summit in Kyrgyzstan in October 2023"),
							in("event/armenia-declines-military-exercises-at-cis-summit", "concerns",
									"organization/commonwealth-of-independent-states"))),
			entry("statement/armenia-asks-russian-peacekeepers-to-return-to-russia country/KGZ", because(
					"named in the sentence's first clause, cited for the date: the refusal at the summit \"in Kyrgyzstan\", its place",
					quotes("statement/armenia-asks-russian-peacekeepers-to-return-to-russia",
							"at the CIS summit in Kyrgyzstan in October 2023"),
					placedIn("event/armenia-declines-military-exercises-at-cis-summit", "Kyrgyzstan", "country/KGZ"))));

	/**
	 * Parties that an item's quotes give only by a description, with the words, and what
	 * the description stands for where the data says it.
	 */
	static final Map<String, Listed> LINKED_BY_DESCRIPTION = Map.ofEntries(
			entry("event/collective-rapid-reaction-force-agreement organization/csto",
					because("\"five of the seven members\": of the CSTO, whose force the agreement creates",
							quotes("event/collective-rapid-reaction-force-agreement",
									"was reached by five of the seven members"),
							in("event/collective-rapid-reaction-force-agreement", "concerns",
									"body/collective-rapid-reaction-force"),
							belongsTo("collective-rapid-reaction-force", "csto"))),
			entry("event/pashinyan-refuses-common-military-drills organization/csto",
					because("\"the organization did not unequivocally condemn Azerbaijan\"",
							quotes("event/pashinyan-refuses-common-military-drills",
									"because the organization did not unequivocally condemn Azerbaijan"))),
			entry("event/foreign-ministers-council-meeting-in-minsk organization/csto",
					because("\"The member states\" meeting in the CSTO's Foreign Ministers Council",
							quotes("event/foreign-ministers-council-meeting-in-minsk",
									"The member states adopted measures"),
							in("event/foreign-ministers-council-meeting-in-minsk", "participants",
									"body/foreign-ministers-council"),
							belongsTo("foreign-ministers-council", "csto"))));

	static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	static final Pattern A_DATE = Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)|\\d{1,2} ("
			+ String.join("|", MONTHS) + ")|(" + String.join("|", MONTHS) + ") \\d{4}");

	/**
	 * Undated items whose own quotes hold a date that is not theirs, with the reason and
	 * its claim.
	 */
	static final Map<String, Listed> UNDATED_DESPITE_A_DATE = Map.of();

	@Autowired
	Api api;

	@Test
	void everyActorAnItemsQuotesNameIsLinkedUnlessListedWithAReason() {
		Map<String, Pattern> names = names();
		Served served = served();
		Set<String> unlinked = new TreeSet<>();
		for (JsonNode event : served.events().values()) {
			Set<String> linked = roles(event);
			for (JsonNode reference : event.get("statements")) {
				JsonNode statement = served.statements().get(reference.get("id").asString());
				linked.add(key(statement.get("speaker")));
				linked.addAll(keys(statement.get("about")));
			}
			named(names, quotes(event)).stream()
				.filter(actor -> !linked.contains(actor))
				.forEach(actor -> unlinked.add("event/" + event.get("id").asString() + " " + actor));
		}
		for (JsonNode statement : served.statements().values()) {
			Set<String> linked = new HashSet<>(Set.of(key(statement.get("speaker"))));
			linked.addAll(served.offices().getOrDefault(key(statement.get("speaker")), Set.of()));
			linked.addAll(keys(statement.get("about")));
			if (eventId(statement) != null) {
				linked.addAll(roles(served.events().get(eventId(statement))));
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
	void everyPartyLinkedInAnyRoleIsNamedInTheItemsQuotesUnlessListedWithTheWords() {
		Map<String, Pattern> names = names();
		Served served = served();
		Set<String> unnamed = new TreeSet<>();
		for (JsonNode event : served.events().values()) {
			Set<String> named = named(names, quotes(event));
			roles(event).stream()
				.filter(party -> !named.contains(party))
				.forEach(party -> unnamed.add("event/" + event.get("id").asString() + " " + party));
		}
		for (JsonNode statement : served.statements().values()) {
			Set<String> named = named(names, quotes(statement));
			List<String> withItsEvent = new ArrayList<>(quotes(statement));
			if (eventId(statement) != null) {
				withItsEvent.addAll(quotes(served.events().get(eventId(statement))));
			}
			if (!named(names, withItsEvent).contains(key(statement.get("speaker")))) {
				unnamed.add("statement/" + statement.get("id").asString() + " " + key(statement.get("speaker")));
			}
			keys(statement.get("about")).stream()
				.filter(party -> !named.contains(party))
				.forEach(party -> unnamed.add("statement/" + statement.get("id").asString() + " " + party));
		}

		assertThat(difference(unnamed, LINKED_BY_DESCRIPTION.keySet()))
			.as("parties linked in any role that the item's quotes do not name (a speaker's with its event's)")
			.isEmpty();
		assertThat(difference(LINKED_BY_DESCRIPTION.keySet(), unnamed))
			.as("listed as linked by description, yet named or no longer linked")
			.isEmpty();
	}

	@Test
	void everyPlaceIsNamedInItsEventsQuotes() {
		List<String> unnamed = new ArrayList<>();
		int places = 0;
		for (JsonNode event : api.all("/api/v1/events")) {
			String quotes = normalized(String.join("\n", quotes(event)));
			for (JsonNode place : event.get("places")) {
				places++;
				if (!quotes.contains(normalized(place.get("name").asString()))) {
					unnamed.add("event/" + event.get("id").asString() + " " + place.get("name").asString());
				}
			}
		}
		assertThat(places).as("places served").isPositive();
		assertThat(unnamed).as("places whose name the event's quotes do not give").isEmpty();
	}

	@Test
	void everyListedExceptionsReasonHoldsOnTheServedData() {
		Served served = served();
		List<String> untrue = new ArrayList<>();
		Map.of("named but not linked", NAMED_BUT_NOT_LINKED, "linked by description", LINKED_BY_DESCRIPTION,
				"undated despite a date", UNDATED_DESPITE_A_DATE)
			.forEach((list, listed) -> listed.forEach((key, exception) -> {
				if (!exception.claim().holds(served)) {
					untrue.add(list + ": " + key + " (" + exception.reason() + ")");
				}
			}));
		assertThat(untrue).as("listed exceptions whose reason does not hold on the served data").isEmpty();
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
		OTHER_NAMES.forEach((name, actor) -> add(terms, actor, name));
		for (String type : List.of("organization", "body")) {
			for (JsonNode item : api.all(ResourceType.fromKey(type).path())) {
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

	/**
	 * The served events and statements by id, and what each person's roles are in: the
	 * state, organization or body an official acts for.
	 */
	private Served served() {
		Map<String, Set<String>> offices = new HashMap<>();
		for (JsonNode person : api.all("/api/v1/persons")) {
			Set<String> of = new HashSet<>();
			person.get("roles").forEach(role -> {
				if (!role.get("of").isNull()) {
					of.add(key(role.get("of")));
				}
			});
			offices.put("person/" + person.get("id").asString(), of);
		}
		Map<String, JsonNode> bodies = byId(api.all("/api/v1/bodies"));
		return new Served(byId(api.all("/api/v1/events")), byId(api.all("/api/v1/statements")), offices, bodies);
	}

	/**
	 * The parties an event links in its own roles: its participants, its places'
	 * countries and its concerns.
	 */
	private static Set<String> roles(JsonNode event) {
		Set<String> parties = keys(event.get("participants"));
		event.get("places").forEach(place -> {
			if (!place.get("country").isNull()) {
				parties.add(key(place.get("country")));
			}
		});
		parties.addAll(keys(event.get("concerns")));
		return parties;
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

	/** What the tests read from the API, for the claims of the listed exceptions. */
	record Served(Map<String, JsonNode> events, Map<String, JsonNode> statements, Map<String, Set<String>> offices,
			Map<String, JsonNode> bodies) {

		JsonNode item(String key) {
			String id = key.substring(key.indexOf('/') + 1);
			JsonNode item = key.startsWith("event/") ? events.get(id) : statements.get(id);
			assertThat(item).as("served item %s", key).isNotNull();
			return item;
		}

	}

	/** A claim that a listed reason makes about the data. */
	@FunctionalInterface
	interface Claim {

		boolean holds(Served served);

	}

	/** An exception to a rule: why it is one, and what must hold for that to be true. */
	record Listed(String reason, List<Claim> claims) {

		Claim claim() {
			return served -> claims.stream().allMatch(claim -> claim.holds(served));
		}

	}

	static Listed because(String reason, Claim... claims) {
		return new Listed(reason, List.of(claims));
	}

	/** One of the item's quotes holds the words. */
	static Claim quotes(String item, String words) {
		return served -> quotes(served.item(item)).stream()
			.anyMatch(quote -> normalized(quote).contains(normalized(words)));
	}

	/**
	 * The item's references in a role ({@code participants}, {@code concerns},
	 * {@code about}) hold the party.
	 */
	static Claim in(String item, String role, String party) {
		return served -> keys(served.item(item).get(role)).contains(party);
	}

	/** The event happened at the named place, in the given country. */
	static Claim placedIn(String event, String name, String country) {
		return served -> {
			for (JsonNode place : served.item(event).get("places")) {
				if (place.get("name").asString().equals(name) && !place.get("country").isNull()
						&& key(place.get("country")).equals(country)) {
					return true;
				}
			}
			return false;
		};
	}

	/** A participant of the event is a person with an office of the party. */
	static Claim actsFor(String event, String party) {
		return served -> keys(served.item(event).get("participants")).stream()
			.anyMatch(participant -> served.offices().getOrDefault(participant, Set.of()).contains(party));
	}

	/** The body is one of the organization's. */
	static Claim belongsTo(String body, String organization) {
		return served -> served.bodies().containsKey(body)
				&& served.bodies().get(body).get("organization").get("id").asString().equals(organization);
	}

}
