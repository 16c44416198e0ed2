package org.alliance.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog bean loads at start-up and reads the licensed-text directory from
 * {@code alliance.instruments.licensed-text-dir} or its environment variable.
 */
class InstrumentConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(InstrumentConfiguration.class);

	@TempDir
	Path dir;

	@Test
	void exposesTheShippedCatalogAsABean() {
		runner.run((context) -> {
			InstrumentCatalog catalog = context.getBean(InstrumentCatalog.class);
			assertThat(catalog.find("phq9")).isPresent();
			assertThat(catalog.find("wai-sr").orElseThrow().administrable()).isFalse();
		});
	}

	@Test
	void honoursTheLicensedTextDirProperty() throws IOException {
		writePlaceholders();

		runner.withPropertyValues("alliance.instruments.licensed-text-dir=" + dir)
			.run((context) -> assertThat(waiSrAdministrable(context.getBean(InstrumentCatalog.class))).isTrue());
	}

	@Test
	void honoursTheLicensedTextDirEnvironmentVariable() throws IOException {
		writePlaceholders();

		runner
			.withInitializer(
					(context) -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new SystemEnvironmentPropertySource(
								StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("ALLIANCE_INSTRUMENTS_LICENSED_TEXT_DIR", dir.toString()))))
			.run((context) -> assertThat(waiSrAdministrable(context.getBean(InstrumentCatalog.class))).isTrue());
	}

	@Test
	void bindsOnceAlongsideConfigurationPropertiesScan() throws IOException {
		writePlaceholders();

		runner.withUserConfiguration(ScanningApplication.class)
			.withPropertyValues("alliance.instruments.licensed-text-dir=" + dir)
			.run((context) -> {
				assertThat(context).hasSingleBean(InstrumentSettings.class);
				assertThat(waiSrAdministrable(context.getBean(InstrumentCatalog.class))).isTrue();
			});
	}

	/** Like the application class, which scans for configuration properties. */
	@ConfigurationPropertiesScan
	static class ScanningApplication {

	}

	private static boolean waiSrAdministrable(InstrumentCatalog catalog) {
		return catalog.find("wai-sr").orElseThrow().administrable();
	}

	private void writePlaceholders() throws IOException {
		Files.write(dir.resolve("wai-sr.txt"),
				IntStream.rangeClosed(1, 12).mapToObj((i) -> "Item " + i + " placeholder").toList());
	}

}
