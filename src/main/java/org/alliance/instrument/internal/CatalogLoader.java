package org.alliance.instrument.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.alliance.instrument.Instrument;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the instrument files, parses them with HAPI FHIR and adds licensed text. Spring's
 * resource resolver is used as a library only, so this works without an application
 * context.
 */
public final class CatalogLoader {

	/** Where the shipped definitions live: {@code src/main/resources/instruments}. */
	public static final String SHIPPED = "classpath*:instruments/*.json";

	private static final Logger log = LoggerFactory.getLogger(CatalogLoader.class);

	private CatalogLoader() {
	}

	/**
	 * Loads every definition matching a resource pattern.
	 * @param pattern a Spring resource pattern such as {@link #SHIPPED}
	 * @param licensedTextDir the directory of licensed text files, or null
	 * @return the catalog, never null
	 * @throws IllegalStateException naming the file when a definition is broken
	 */
	public static LoadedCatalog load(String pattern, Path licensedTextDir) {
		List<LoadedCatalog.Entry> entries = new ArrayList<>();
		for (Resource resource : resources(pattern)) {
			entries.add(entry(resource, licensedTextDir));
		}
		LoadedCatalog catalog = new LoadedCatalog(entries);
		log.info("Loaded instruments {}",
				catalog.all().stream().map((i) -> i.code() + ":" + i.availability()).toList());
		return catalog;
	}

	private static LoadedCatalog.Entry entry(Resource resource, Path licensedTextDir) {
		String file = resource.getFilename();
		try {
			Questionnaire questionnaire = parse(resource);
			Instrument instrument = QuestionnaireReader.read(questionnaire);
			if (!file.equals(instrument.code() + ".json")) {
				throw new IllegalStateException("the file name must be the questionnaire id: " + instrument.code());
			}
			String language = QuestionnaireReader.baseLanguage(questionnaire);
			if (!instrument.administrable()) {
				instrument = withLicensedText(instrument, questionnaire, licensedTextDir);
			}
			return new LoadedCatalog.Entry(instrument, questionnaire, ItemReader.instructions(questionnaire, language));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Instrument file " + file + " is invalid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Adds the clinic's licensed lines to the instrument and its questionnaire; without
	 * them the instrument is returned unchanged, still needing its text.
	 */
	private static Instrument withLicensedText(Instrument instrument, Questionnaire questionnaire,
			Path licensedTextDir) {
		Optional<List<String>> lines = LicensedText.read(licensedTextDir, instrument);
		if (lines.isEmpty()) {
			return instrument;
		}
		List<QuestionnaireItemComponent> questions = ItemReader.questions(questionnaire.getItem());
		for (int i = 0; i < questions.size(); i++) {
			questions.get(i).setText(lines.get().get(i));
		}
		return LicensedText.apply(instrument, lines.get(), QuestionnaireReader.baseLanguage(questionnaire));
	}

	/** Strict parsing: a misspelt element is an error, not a silently ignored field. */
	static Questionnaire parse(Resource resource) {
		IParser parser = FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return parser.parseResource(Questionnaire.class, reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Resource> resources(String pattern) {
		try {
			return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
