package org.alliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference: every {@code alliance.*} property of the
 * {@code @ConfigurationProperties} records, with its type, default and description, as
 * Spring Boot's configuration processor found them at compile time
 * ({@code META-INF/spring-configuration-metadata.json}, the descriptions from each
 * record's {@code @param} Javadoc). Written on every {@code mvn verify} to
 * {@code target/generated-docs/configuration.md}; {@code mvn verify -Pdocs} copies it to
 * {@code docs/reference/configuration.md}. Written only when every record is in the
 * metadata and every property is described.
 */
class ConfigurationReferenceTests {

	static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

	static final Path FILE = Path.of("target", "generated-docs", "configuration.md");

	@Test
	void everyPropertyIsDescribedAndTheReferenceIsWritten() throws IOException {
		JsonNode metadata = JsonMapper.builder().build().readTree(Files.readString(METADATA));
		Set<String> recorded = new TreeSet<>();
		metadata.get("groups").forEach((group) -> recorded.add(group.get("type").asString()));
		assertThat(recorded).containsAll(settingsRecords());

		List<String> undescribed = new ArrayList<>();
		StringBuilder table = new StringBuilder();
		metadata.get("properties").forEach((property) -> {
			String name = property.get("name").asString();
			String description = text(property, "description");
			if (description.isBlank()) {
				undescribed.add(name);
			}
			JsonNode defaultValue = property.get("defaultValue");
			table.append("| `")
				.append(name)
				.append("` | `")
				.append(simpleType(text(property, "type")))
				.append("` | ")
				.append((defaultValue != null) ? "`" + defaultOf(defaultValue) + "`" : "")
				.append(" | ")
				.append(cell(description))
				.append(" |\n");
		});
		assertThat(metadata.get("properties")).hasSizeGreaterThan(30);
		assertThat(undescribed).isEmpty();

		String page = """
				# Configuration reference

				Generated from the `@ConfigurationProperties` records by `ConfigurationReferenceTests`
				(`mvn verify -Pdocs` copies it here); do not edit by hand. Each property is set like any
				Spring Boot property: in `application.properties` beside the jar, or as an environment
				variable (`alliance.signal.overdue-after` is `ALLIANCE_SIGNAL_OVERDUEAFTER`). What each
				setting means for a clinic is told in the [manual](../manual.md).

				| Property | Type | Default | Description |
				|---|---|---|---|
				""" + table;
		Files.createDirectories(FILE.getParent());
		Files.writeString(FILE, page);
	}

	/** Every {@code @ConfigurationProperties} type of the application. */
	private static Set<String> settingsRecords() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Set<String> types = new TreeSet<>();
		scanner.findCandidateComponents("org.alliance").forEach((bean) -> types.add(bean.getBeanClassName()));
		assertThat(types).isNotEmpty();
		return types;
	}

	private static String simpleType(String type) {
		return type.replaceAll("\\b(java\\.[a-z.]+|org\\.[a-z.]+)\\.", "").replace("$", ".");
	}

	private static String defaultOf(JsonNode value) {
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return String.join(",", items);
		}
		return value.asString();
	}

	/**
	 * The description as Markdown: Javadoc's {@code {@code x}} as code, {@code {@link X}}
	 * as its name.
	 */
	private static String cell(String text) {
		return text.replaceAll("\\{@code ([^}]*)}", "`$1`")
			.replaceAll("\\{@link(?:plain)? ([^}]*)}", "$1")
			.replace("|", "\\|")
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null) ? value.asString() : "";
	}

}
