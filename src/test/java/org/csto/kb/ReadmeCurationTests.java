package org.csto.kb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csto.kb.testing.Accounts;
import org.csto.kb.testing.Api;
import org.csto.kb.testing.CurationApiTest;
import org.csto.kb.testing.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's curation walk-through works as written: its commands run in bash, one
 * after the other from the project's root, against an application with the README's
 * accounts, and each answers the status its comment gives. On a database of its own,
 * since it publishes the proposal Swagger UI's test publishes too.
 */
@CurationApiTest
@OwnDatabase("readme")
class ReadmeCurationTests {

	private static final Pattern WALK_THROUGH = Pattern.compile("### A walk-through.*?```bash\\n(.*?)```",
			Pattern.DOTALL);

	private static final Pattern STATUS = Pattern.compile("\\((\\d{3})\\)$");

	private static final Pattern ASSIGNMENT = Pattern.compile("^(\\w+)=\\$\\((.*)\\)$");

	@Autowired
	Api api;

	@Test
	void theWalkThroughAnswersAsItsCommentsSay() throws Exception {
		Matcher block = WALK_THROUGH.matcher(Files.readString(Path.of("README.md")));
		assertThat(block.find()).as("README.md has a curation walk-through").isTrue();
		Map<String, String> variables = new HashMap<>();
		List<String> failures = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();
		String expected = null;
		for (String line : block.group(1).split("\n")) {
			String command = line.replace("localhost:8080", api.base().getAuthority());
			if (command.startsWith("#")) {
				Matcher status = STATUS.matcher(command);
				expected = status.find() ? status.group(1) : null;
				continue;
			}
			if (command.isBlank()) {
				continue;
			}
			Matcher assignment = ASSIGNMENT.matcher(command);
			if (assignment.matches()) {
				Result result = run(variables, assignment.group(2));
				variables.put(assignment.group(1), result.output());
				assertThat(result.output()).as("%s sets %s", line, assignment.group(1))
					.isNotBlank()
					.isNotEqualTo("null");
				continue;
			}
			boolean curlLast = command.matches(".*\\bcurl [^|]*$");
			Result result = run(variables,
					curlLast ? command.replaceFirst("curl ", "curl -w '\\\\n%{http_code}' ") : command);
			if (result.exit() != 0) {
				failures.add("exit " + result.exit() + " of `" + line + "`: " + result.output());
			}
			else if (curlLast) {
				String status = result.output().substring(result.output().lastIndexOf('\n') + 1);
				statuses.add(Integer.parseInt(status));
				if (expected != null && !status.equals(expected)) {
					failures.add(status + ", not " + expected + ", to `" + line + "`: " + result.output());
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(statuses).as("the statuses the walk-through shows").contains(422, 403, 200);
		assertThat(api.json("/api/v1/events/csto-charter-reaffirms-non-use-of-force").get("revision").asInt())
			.isEqualTo(1);
	}

	@Test
	void itsAccountsAreTheOnesTheReadmeConfigures() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("KB_SECURITY_ACCOUNTS_0_NAME=" + Accounts.CURATOR,
				"KB_SECURITY_ACCOUNTS_0_ROLES=CURATOR", "KB_SECURITY_ACCOUNTS_1_NAME=" + Accounts.REVIEWER,
				"KB_SECURITY_ACCOUNTS_1_ROLES=REVIEWER", "<<< '" + Accounts.PASSWORD + "'");
	}

	private static Result run(Map<String, String> variables, String command) throws Exception {
		ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command).redirectErrorStream(true);
		bash.environment().putAll(variables);
		Process process = bash.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}

}
