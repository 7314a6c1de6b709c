package org.csto.kb.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csto.kb.event.EventKind;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Adds {@code kb.bench.events} synthetic events to the knowledge base, with statements,
 * persons, roles and citations in the proportions of the real data (per event: 0.6
 * statements, 0.37 persons, a participant, a place for one in two, a concern for one in
 * two, one citation per fact). Words are drawn from
 * the source's passages, so searches find them; the generator is seeded, so a size always
 * gives the same data. Only with the {@code bench} profile, on a database of its own.
 */
@Component
@Profile("bench")
class V100__Generate_bench_data extends BaseJavaMigration {

	private static final String SOURCE = "csto-wikipedia-extract";

	private static final int BATCH = 1000;

	private final int events;

	private final Random random = new Random(10);

	V100__Generate_bench_data(@Value("${kb.bench.events:1000}") int events) {
		this.events = events;
	}

	@Override
	public Integer getChecksum() {
		return events;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> passages = new ArrayList<>();
		List<String[]> countries = new ArrayList<>();
		try (Statement query = connection.createStatement()) {
			try (ResultSet rows = query
				.executeQuery("SELECT text FROM passage WHERE source_id = '" + SOURCE + "' ORDER BY passage_number")) {
				while (rows.next()) {
					passages.add(rows.getString(1));
				}
			}
			try (ResultSet rows = query.executeQuery("SELECT code, name FROM country ORDER BY code")) {
				while (rows.next()) {
					countries.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
		}
		List<String> words = new ArrayList<>();
		Matcher word = Pattern.compile("[\\p{L}]{3,}").matcher(String.join(" ", passages));
		while (word.find()) {
			words.add(word.group());
		}
		int persons = Math.max(1, Math.round(events * 0.37f));
		int statements = Math.round(events * 0.6f);

		try (PreparedStatement person = connection
			.prepareStatement("INSERT INTO person (id, name, note) VALUES (?, ?, NULL)");
				PreparedStatement citation = citation(connection, "person_citation", "person_id")) {
			for (int i = 1; i <= persons; i++) {
				person.setString(1, "bench-person-" + i);
				person.setString(2, capitalized(words) + " " + capitalized(words) + " " + i);
				person.addBatch();
				cite(citation, "bench-person-" + i, passages);
				flush(i, person, citation);
			}
			person.executeBatch();
			citation.executeBatch();
		}
		try (PreparedStatement event = connection.prepareStatement(
				"INSERT INTO event (id, title, kind, summary, date_value, date_precision) VALUES (?, ?, ?, ?, ?, ?)");
				PreparedStatement participant = connection.prepareStatement(
						"INSERT INTO event_participant (event_id, sort_order, ref_type, ref_id) VALUES (?, 1, 'person', ?)");
				PreparedStatement place = connection.prepareStatement(
						"INSERT INTO event_place (event_id, sort_order, name, country_code) VALUES (?, 1, ?, ?)");
				PreparedStatement concern = connection.prepareStatement(
						"INSERT INTO event_concern (event_id, sort_order, ref_type, ref_id) VALUES (?, 1, 'country', ?)");
				PreparedStatement citation = citation(connection, "event_citation", "event_id")) {
			EventKind[] kinds = EventKind.values();
			for (int i = 1; i <= events; i++) {
				String id = "bench-event-" + i;
				event.setString(1, id);
				event.setString(2, capitalized(words) + " " + sentence(words, 3, 6) + " " + i);
				event.setString(3, kinds[random.nextInt(kinds.length)].name());
				event.setString(4, capitalized(words) + " " + sentence(words, 15, 35) + ".");
				date(event, 5);
				event.addBatch();
				participant.setString(1, id);
				participant.setString(2, "bench-person-" + (1 + random.nextInt(persons)));
				participant.addBatch();
				if (random.nextBoolean()) {
					String[] country = countries.get(random.nextInt(countries.size()));
					place.setString(1, id);
					place.setString(2, country[1]);
					place.setString(3, country[0]);
					place.addBatch();
				}
				if (random.nextBoolean()) {
					concern.setString(1, id);
					concern.setString(2, countries.get(random.nextInt(countries.size()))[0]);
					concern.addBatch();
				}
				cite(citation, id, passages);
				flush(i, event, participant, place, concern, citation);
			}
			event.executeBatch();
			participant.executeBatch();
			place.executeBatch();
			concern.executeBatch();
			citation.executeBatch();
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"INSERT INTO statement (id, text, kind, speaker_type, speaker_id, date_value, date_precision, event_id, note) VALUES (?, ?, ?, 'person', ?, ?, ?, ?, NULL)");
				PreparedStatement citation = citation(connection, "statement_citation", "statement_id")) {
			for (int i = 1; i <= statements; i++) {
				String id = "bench-statement-" + i;
				statement.setString(1, id);
				statement.setString(2, capitalized(words) + " " + sentence(words, 10, 30) + ".");
				statement.setString(3, random.nextBoolean() ? "QUOTE" : "PARAPHRASE");
				statement.setString(4, "bench-person-" + (1 + random.nextInt(persons)));
				date(statement, 5);
				statement.setString(7, random.nextInt(4) == 0 ? "bench-event-" + (1 + random.nextInt(events)) : null);
				statement.addBatch();
				cite(citation, id, passages);
				flush(i, statement, citation);
			}
			statement.executeBatch();
			citation.executeBatch();
		}
	}

	private static PreparedStatement citation(Connection connection, String table, String subject) throws SQLException {
		return connection.prepareStatement("INSERT INTO " + table + " (" + subject
				+ ", sort_order, source_id, passage_number, marker, quote) VALUES (?, 1, ?, ?, NULL, ?)");
	}

	/** Cites an exact excerpt of a random passage, as the real data does. */
	private void cite(PreparedStatement citation, String subject, List<String> passages) throws SQLException {
		int passage = random.nextInt(passages.size());
		String text = passages.get(passage);
		citation.setString(1, subject);
		citation.setString(2, SOURCE);
		citation.setInt(3, passage + 1);
		citation.setString(4, text.substring(0, Math.min(text.length(), 80)));
		citation.addBatch();
	}

	/**
	 * A date at the precision the real data mixes (years, months, days), or none for one
	 * item in ten.
	 */
	private void date(PreparedStatement statement, int column) throws SQLException {
		if (random.nextInt(10) == 0) {
			statement.setString(column, null);
			statement.setString(column + 1, null);
			return;
		}
		int year = 1992 + random.nextInt(34);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(28);
		switch (random.nextInt(3)) {
			case 0 -> {
				statement.setString(column, String.valueOf(year));
				statement.setString(column + 1, "YEAR");
			}
			case 1 -> {
				statement.setString(column, String.format(Locale.ROOT, "%d-%02d", year, month));
				statement.setString(column + 1, "MONTH");
			}
			default -> {
				statement.setString(column, String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day));
				statement.setString(column + 1, "DAY");
			}
		}
	}

	private String sentence(List<String> words, int min, int max) {
		int length = min + random.nextInt(max - min + 1);
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < length; i++) {
			sentence.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
		}
		return sentence.toString();
	}

	private String capitalized(List<String> words) {
		String word = words.get(random.nextInt(words.size()));
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static void flush(int count, PreparedStatement... statements) throws SQLException {
		if (count % BATCH == 0) {
			for (PreparedStatement statement : statements) {
				statement.executeBatch();
			}
		}
	}

}
