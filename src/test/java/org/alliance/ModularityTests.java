package org.alliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
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
		try (Stream<Path> diagrams = Files.list(FOLDER)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
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

	/**
	 * The diagram's relations in a fixed order: the Documenter writes them in an order
	 * that changes from run to run, which would change the published copy when nothing
	 * else did. PlantUML draws the same diagram whatever their order.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		Iterator<String> sorted = lines.stream().filter((line) -> line.startsWith("Rel(")).sorted().iterator();
		Files.write(diagram, lines.stream().map((line) -> line.startsWith("Rel(") ? sorted.next() : line).toList());
	}

}
