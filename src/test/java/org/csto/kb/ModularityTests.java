package org.csto.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features depend on each other only through what they expose, and what they share
 * knows none of them.
 */
class ModularityTests {

	private static final Path SOURCES = Path.of("src/main/java/org/csto/kb");

	/**
	 * The floors under the features, lowest first: each may import only from the floors
	 * below it.
	 */
	private static final Map<String, Integer> FLOORS = Map.of("web", 0, "shared", 1, "catalog", 2);

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.csto\\.kb\\.(\\w+)\\.[\\w.]+);",
			Pattern.MULTILINE);

	@Test
	void verifiesTheModuleStructure() {
		ApplicationModules.of(CstoKnowledgeBaseApplication.class).verify();
	}

	/**
	 * Modulith reads the bytecode, where javac has inlined constants; the imports show
	 * those too.
	 */
	@Test
	void importsRunOnlyDownTheFloorsUnderTheFeatures() throws IOException {
		List<String> upwards = new ArrayList<>();
		for (Map.Entry<String, Integer> floor : FLOORS.entrySet()) {
			try (Stream<Path> files = Files.walk(SOURCES.resolve(floor.getKey()))) {
				for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
					Matcher imported = IMPORT.matcher(Files.readString(file));
					while (imported.find()) {
						String target = imported.group(2);
						if (!target.equals(floor.getKey())
								&& FLOORS.getOrDefault(target, Integer.MAX_VALUE) >= floor.getValue()) {
							upwards.add(SOURCES.relativize(file) + " imports " + imported.group(1));
						}
					}
				}
			}
		}
		assertThat(upwards).isEmpty();
	}

}
