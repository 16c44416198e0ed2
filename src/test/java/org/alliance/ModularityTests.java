package org.alliance;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Holds the modules to their boundaries: no module reaches into another's internals and
 * no cycles run between them.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(AllianceApplication.class).verify();
	}

}
