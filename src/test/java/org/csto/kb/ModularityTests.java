package org.csto.kb;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features depend on each other only through what they expose. */
class ModularityTests {

	@Test
	void verifiesTheModuleStructure() {
		ApplicationModules.of(CstoKnowledgeBaseApplication.class).verify();
	}

}
