package org.csto.kb.ops;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.csto.kb.testing.Answer;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.csto.kb.testing.Problems;
import org.csto.kb.testing.contract.ApiDocument.Operation;
import org.csto.kb.testing.contract.ApiDocument.Parameter;
import org.csto.kb.testing.contract.ApiDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Every path and query parameter of every documented GET operation, sent hostile values
 * through a real HTTP client so that Tomcat's own parsing is exercised too: no answer may
 * be a 5xx, and every 4xx must be a problem document.
 */
@KnowledgeBaseApiTest
class HostileInputTests {

	/**
	 * Values sent percent-encoded, so that the server decodes them back to exactly these
	 * strings.
	 */
	static final List<String> HOSTILE = List.of("", " ", "0", "-1", "-0", "+1", "1.5", "1e3", "0x10", "NaN",
			"-2147483649", "2147483647", "2147483648", "9223372036854775808", "99999999999999999999999999",
			"2023-02-30", "2023-13", "2023-00", "2023-1-1", "0000", "-2023", "20230", "2023-02-29T25:61:00Z",
			"9999-12-31", "a".repeat(10_000), "Я".repeat(3_000), "😀".repeat(2_000), "\u0000", "a\u0000b",
			"\u0001\u0002\u001f\u007f", "\r\nX-Injected: yes", "\t", "' OR 1=1 --", "'; DROP TABLE event; --",
			"\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "#{7*7}",
			"{{7*7}}", "%s%n%x", "😀", "👨‍👩‍👧", "Пашинян", "Ереван", "\uFEFF", "\u202E", "\uD800", "nonexistent",
			"nonexistent,asc", "title,sideways", "title,asc,extra", ",", ",,", "date,", ",asc", "..",
			"../../etc/passwd", "a/b", "a\\b", "*", "%", "+", "&", "=", "?", "#", ";", "%00", "..%2F");

	/**
	 * The seed of the arbitrary values: the same on every run unless
	 * {@code -Dkb.test.hostile-seed=N} asks for others. A failure names it, so that it
	 * can be replayed.
	 */
	static final long SEED = Long.getLong("kb.test.hostile-seed", 20_231_103L);

	static final Random RANDOM = new Random(SEED);

	/**
	 * Escapes sent as they are, for Tomcat to decode: NUL, encoded slashes and
	 * backslashes, overlong UTF-8.
	 */
	static final List<String> RAW = List.of("%00", "..%2F", "%2e%2e%2f", "%2F", "%5C", "%C0%AE%C0%AE", "%FF%FE",
			"%E2%80%AE", "%3B", "a%00b");

	@Autowired
	Api api;

	@TestFactory
	Stream<DynamicTest> noParameterValueBreaksAnyOperation() {
		List<Operation> operations = ApiDocument.getOperations(api);
		List<DynamicTest> tests = new ArrayList<>();
		for (Operation operation : operations) {
			for (Parameter parameter : operation.parameters()) {
				if (!parameter.inPath() && !parameter.inQuery()) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(
						operation.id() + " " + parameter.in() + " " + parameter.name() + " (seed " + SEED + ")",
						() -> sendHostileValues(operation, parameter)));
			}
		}
		return tests.stream();
	}

	private void sendHostileValues(Operation operation, Parameter parameter) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String value : HOSTILE) {
			values.put(ApiDocument.encode(value), value);
		}
		for (String value : RAW) {
			values.put(value, value + " (unencoded)");
		}
		// and arbitrary ones: any characters, any integers, from the seed in the test's
		// name
		for (int i = 0; i < 25; i++) {
			String value = RANDOM.ints(RANDOM.nextInt(65), 0, Character.MAX_CODE_POINT + 1)
				.filter(codePoint -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE)
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
			values.put(ApiDocument.encode(value), value);
		}
		RANDOM.longs(10).forEach(value -> values.put(String.valueOf(value), String.valueOf(value)));

		List<String> described = new ArrayList<>();
		List<URI> targets = new ArrayList<>();
		for (Map.Entry<String, String> value : values.entrySet()) {
			String target = operation.target(Map.of(parameter.name(), value.getKey()));
			described.add("GET " + abbreviate(target) + " (" + parameter.name() + " = " + abbreviate(value.getValue())
					+ "), seed " + SEED + " (-Dkb.test.hostile-seed=" + SEED + " replays it)");
			targets.add(api.uri(target));
		}
		// all at once: the server answers them concurrently, as it would a busy client
		List<ResponseEntity<String>> answers = api.getAll(targets);
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < answers.size(); i++) {
			Answer response = Answer.of(answers.get(i));
			softly.assertThat(response.status()).as(described.get(i)).isLessThan(500);
			if (response.status() >= 400) {
				softly.assertThat(Problems.faults(response, response.status())).as(described.get(i)).isEmpty();
			}
		}
		softly.assertAll();
	}

	private static String abbreviate(String text) {
		StringBuilder printable = new StringBuilder();
		text.codePoints()
			.limit(80)
			.forEach(c -> printable
				.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return text.length() > 80 ? printable + "... (" + text.length() + " chars)" : printable.toString();
	}

}
