package org.csto.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

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

}
