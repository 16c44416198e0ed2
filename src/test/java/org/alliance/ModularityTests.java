package org.alliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the modules to their boundaries: no module reaches into another's internals and
 * no cycles run between them. Then documents them with Spring Modulith's
 * {@link Documenter}, in {@code target/spring-modulith-docs}: a PlantUML diagram of all
 * modules and one of each with its neighbours, a canvas of each (its public types, events
 * and settings) and one AsciiDoc document of them all; {@code mvn verify -Pdocs} copies
 * them to {@code docs/reference/modules/}.
 */
class ModularityTests {

	static final Path FOLDER = Path.of("target", "spring-modulith-docs");

	static final ApplicationModules MODULES = ApplicationModules.of(AllianceApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void modulesAreDocumented() throws IOException {
		new Documenter(MODULES).writeDocumentation();
		assertThat(FOLDER.resolve("components.puml")).isNotEmptyFile();
		assertThat(FOLDER.resolve("all-docs.adoc")).isNotEmptyFile();
		for (ApplicationModule module : MODULES) {
			String name = module.getIdentifier().toString();
			assertThat(FOLDER.resolve("module-" + name + ".puml")).isNotEmptyFile();
			assertThat(FOLDER.resolve("module-" + name + ".adoc")).isNotEmptyFile();
		}
		try (Stream<Path> files = Files.list(FOLDER)) {
			assertThat(files.count()).isGreaterThan(2L * MODULES.stream().count());
		}
	}

}
