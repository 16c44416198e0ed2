package org.alliance.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients read lives in the message bundles, one per language
 * ({@link ClientLanguages}): every bundle has exactly the keys of
 * {@code messages.properties}, no template picks its words by testing the language, and
 * no Java compares a language code to Spanish's to choose a text. So a new language is
 * one file, and a word missing from it cannot pass unnoticed.
 */
class MessageBundlesTests {

	private static final Path MAIN = Path.of("src/main/resources");

	/** {@code lang == 'es'}, {@code l == 'en'}, {@code 'es'} anywhere in a template. */
	private static final Pattern TEMPLATE_BRANCH = Pattern.compile("lang\\s*==\\s*'|\\s==\\s*'(en|es)'|'es'");

	/**
	 * {@code "es".equals(…)}, {@code ….equals("es")}, {@code case "es"},
	 * {@code List.of("en", "es")}, {@code Map.of("en", …, "es", …)}.
	 */
	private static final Pattern JAVA_COMPARISON = Pattern.compile(
			"\"es\"\\s*\\.\\s*equals|equals(IgnoreCase)?\\(\\s*\"es\"\\s*\\)|case\\s+\"es\"|of\\(\\s*\"en\"\\s*,|\"es\"\\s*,\\s*\"");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)");

	private static final Pattern JAVA_KEY = Pattern
		.compile("\"((?:language|link|form|portal|kiosk|error|crisis|email)\\.[a-z0-9.\\-]+)\"");

	@Test
	void everyBundleHasTheKeysOfTheEnglishOneNoMoreNoLess() throws IOException {
		Set<String> english = keys(MAIN.resolve("messages.properties"));
		assertThat(english).contains("language.name", "link.send", "kiosk.title", "email.subject.first");
		List<Path> bundles = new ArrayList<>();
		for (Path folder : List.of(MAIN, Path.of("src/test/resources"))) {
			try (Stream<Path> files = Files.list(folder)) {
				files.filter((file) -> file.getFileName().toString().matches("messages_[a-z]{2,3}\\.properties"))
					.forEach(bundles::add);
			}
		}
		assertThat(bundles).extracting((file) -> file.getFileName().toString())
			.contains("messages_es.properties", "messages_fr.properties");
		for (Path bundle : bundles) {
			assertThat(keys(bundle)).as(bundle.toString()).isEqualTo(english);
		}
	}

	/**
	 * A key a template or the code asks for that no bundle has would show as
	 * {@code ??key_es??}: each one named in {@code #{...}} or as a string with a bundle's
	 * prefix is in {@code messages.properties} (and so, by the test above, in every
	 * bundle).
	 */
	@Test
	void everyKeyTheTemplatesAndTheCodeAskForIsInTheBundles() throws IOException {
		Set<String> english = keys(MAIN.resolve("messages.properties"));
		Set<String> asked = new TreeSet<>();
		for (Path folder : List.of(MAIN.resolve("templates"), Path.of("src/main/java"))) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher key = (file.toString().endsWith(".html") ? TEMPLATE_KEY : JAVA_KEY)
						.matcher(Files.readString(file, StandardCharsets.UTF_8));
					while (key.find()) {
						asked.add(key.group(1));
					}
				}
			}
		}
		assertThat(asked).contains("link.send", "portal.agenda.heading", "kiosk.refused", "email.closing",
				"crisis.with-phone", "form.answer-missing");
		assertThat(english).containsAll(asked);
	}

	@Test
	void noTemplateChoosesItsWordsByTheLanguage() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(MAIN.resolve("templates"))) {
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					Matcher branch = TEMPLATE_BRANCH.matcher(lines.get(i));
					if (branch.find()) {
						found.add(template + ":" + (i + 1) + ": " + branch.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void noJavaComparesALanguageCodeToSpanish() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((file) -> file.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
						continue;
					}
					Matcher comparison = JAVA_COMPARISON.matcher(line);
					if (comparison.find()) {
						found.add(source + ":" + (i + 1) + ": " + line.strip());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theChecksFindTheBranchesTheyForbid() {
		assertThat(TEMPLATE_BRANCH.matcher("th:text=\"${lang == 'es'} ? 'Enviar' : 'Send'\"").find()).isTrue();
		assertThat(TEMPLATE_BRANCH.matcher("th:text=\"${l == 'es' ? 'Español' : 'English'}\"").find()).isTrue();
		assertThat(TEMPLATE_BRANCH.matcher("th:text=\"#{link.send}\"").find()).isFalse();
		assertThat(JAVA_COMPARISON.matcher("boolean spanish = \"es\".equals(language);").find()).isTrue();
		assertThat(JAVA_COMPARISON.matcher("return List.of(\"en\", \"es\").contains(language);").find()).isTrue();
		assertThat(JAVA_COMPARISON.matcher("if (language.equals(\"es\")) {").find()).isTrue();
		assertThat(JAVA_COMPARISON.matcher("return this.languages.text(language, \"link.send\");").find()).isFalse();
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
