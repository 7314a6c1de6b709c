package org.csto.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features depend on each other only through what they expose, and the floors under
 * them know none of them. The floors, lowest first, are {@code web}, {@code shared} and
 * {@code catalog}: each may depend on the floors below it alone, while a feature may use
 * any floor and any other feature. Each floor declares that in its
 * {@code package-info.java} ({@code @ApplicationModule(allowedDependencies = ...)}), and
 * Spring Modulith's verification fails on any dependency in the bytecode that the
 * declaration does not allow. What the bytecode does not show escapes it: an unused
 * import, and a use of nothing but a compile-time constant, which javac inlines.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(CstoKnowledgeBaseApplication.class);

	/** Each floor and the floors it may depend on. */
	static final Map<String, Set<String>> FLOORS = floors("web", "shared", "catalog");

	/** The committed module documentation, which {@link Documenter} writes. */
	static final Path DOCS = Path.of("docs", "modules");

	/**
	 * Set to rewrite {@link #DOCS} from the code: {@code -Dkb.modules.docs.write=true}.
	 */
	static final String WRITE_DOCS = "kb.modules.docs.write";

	/**
	 * No cycle, no module reaching into another's internals, and no dependency that a
	 * module's declaration does not allow: an upward dependency from a floor fails here.
	 */
	@Test
	void verifiesTheModuleStructure() {
		MODULES.verify();
	}

	/**
	 * The floors declare the rule, so that the verification enforces it: a floor that
	 * declared nothing would be allowed anything.
	 */
	@Test
	void eachFloorAllowsOnlyTheFloorsBelowIt() {
		Map<String, Set<String>> declared = new LinkedHashMap<>();
		for (String floor : FLOORS.keySet()) {
			declared.put(floor, allowedTargets(MODULES.getModuleByName(floor).orElseThrow()));
		}
		assertThat(declared).isEqualTo(FLOORS);
	}

	/**
	 * The diagrams and canvases in {@code docs/modules} are those of the code as it is.
	 * They are written into {@code target/modules} and compared; with
	 * {@code -Dkb.modules.docs.write=true} they replace the committed ones first.
	 */
	@Test
	void theCommittedModuleDocumentationIsCurrent() throws IOException {
		Path written = Path.of("target", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeDocumentation();
		Map<String, String> current = contents(written);
		if (Boolean.getBoolean(WRITE_DOCS)) {
			FileSystemUtils.deleteRecursively(DOCS);
			Files.createDirectories(DOCS);
			for (Map.Entry<String, String> file : current.entrySet()) {
				Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
			}
		}

		assertThat(contents(DOCS))
			.as("%s is out of date with the code: run ModularityTests with -D%s=true and commit the result", DOCS,
					WRITE_DOCS)
			.isEqualTo(current);
	}

	/**
	 * The modules that the module's {@code package-info.java} allows it to depend on, or
	 * {@code any} where it declares none.
	 */
	private static Set<String> allowedTargets(ApplicationModule module) {
		boolean declared = module.getBasePackage()
			.getAnnotation(org.springframework.modulith.ApplicationModule.class)
			.map(annotation -> !List.of(annotation.allowedDependencies())
				.contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN))
			.orElse(false);
		if (!declared) {
			return Set.of("any");
		}
		return module.getAllowedDependencies(MODULES)
			.stream()
			.map(dependency -> dependency.getTargetModule().getName())
			.collect(Collectors.toSet());
	}

	private static Map<String, Set<String>> floors(String... lowestFirst) {
		Map<String, Set<String>> floors = new LinkedHashMap<>();
		for (int i = 0; i < lowestFirst.length; i++) {
			floors.put(lowestFirst[i], Set.copyOf(List.of(lowestFirst).subList(0, i)));
		}
		return floors;
	}

	/**
	 * Each file of the folder by its name, with its text. Documenter lists a diagram's
	 * relations in no fixed order, so they are sorted.
	 */
	private static Map<String, String> contents(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Map.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			Map<String, String> contents = new TreeMap<>();
			for (Path file : files.toList()) {
				contents.put(file.getFileName().toString(), relationsSorted(Files.readString(file)));
			}
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String relationsSorted(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		for (int start = 0; start < lines.size(); start++) {
			int end = start;
			while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
				end++;
			}
			Collections.sort(lines.subList(start, end));
			start = end;
		}
		return String.join("\n", lines) + "\n";
	}

}
