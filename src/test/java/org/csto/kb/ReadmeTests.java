package org.csto.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csto.kb.testing.Api;
import org.csto.kb.testing.KnowledgeBaseApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the README tells a newcomer to type works as written: every command of its API
 * tour is run with curl, exactly as it stands but for the port, and answers as its
 * comment says.
 */
@KnowledgeBaseApiTest
class ReadmeTests {

	private static final Pattern TOUR = Pattern.compile("## API tour.*?```bash\\n(.*?)```", Pattern.DOTALL);

	@Autowired
	Api api;

	@Test
	void everyCommandOfTheApiTourAnswersAsItsCommentSays(@TempDir Path directory) throws Exception {
		Matcher tour = TOUR.matcher(Files.readString(Path.of("README.md")));
		assertThat(tour.find()).as("README.md has an API tour").isTrue();
		List<String> answers = new ArrayList<>();
		List<String> assignments = new ArrayList<>();
		String comment = "";
		int commands = 0;
		for (String line : tour.group(1).split("\n")) {
			String command = line.replace("localhost:8080", api.base().getAuthority());
			if (command.startsWith("#")) {
				comment = command;
			}
			else if (command.matches("^\\w+=\\$\\(curl .*")) {
				assignments.add(command);
			}
			else if (command.startsWith("curl ")) {
				commands++;
				int status = run(directory, assignments, command);
				boolean error = comment.contains("Errors");
				if (status >= 500 || (error ? status < 400 : status >= 400)) {
					answers.add(status + " to `" + line + "` under `" + comment + "`");
				}
			}
		}
		assertThat(commands).as("curl commands in the API tour").isGreaterThan(20);
		assertThat(answers).as("commands that do not answer as their comment says").isEmpty();
	}

	/** Runs the command in bash after the assignments before it, and reads its status. */
	private static int run(Path directory, List<String> assignments, String command)
			throws IOException, InterruptedException {
		String script = String.join("\n", assignments) + "\n"
				+ command.replaceFirst("^curl ", "curl -w '\\\\n%{http_code}' ");
		Process bash = new ProcessBuilder("bash", "-c", script).directory(directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
		String[] lines = output.split("\n");
		return Integer.parseInt(lines[lines.length - 1].strip());
	}

}
