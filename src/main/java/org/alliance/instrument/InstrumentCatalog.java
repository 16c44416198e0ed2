package org.alliance.instrument;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.alliance.instrument.internal.CatalogLoader;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The instruments this installation offers, read once from the definition files under
 * {@code instruments/} on the classpath. Immutable and safe to share between threads.
 */
public interface InstrumentCatalog {

	/**
	 * Every instrument, including those that still need licensed text.
	 * @return the instruments ordered by code, never null
	 */
	List<Instrument> all();

	/**
	 * Finds an instrument by code.
	 * @param code such as {@code "phq9"}
	 * @return the instrument, or empty when there is none with that code
	 */
	Optional<Instrument> find(String code);

	/**
	 * The FHIR R4 Questionnaire the instrument was read from, with licensed item text
	 * filled in when the clinic supplied it.
	 * @param code such as {@code "phq9"}
	 * @return a fresh copy the caller may change, or empty when there is no such code
	 */
	Optional<Questionnaire> questionnaire(String code);

	/**
	 * The instructions shown above the items ("Over the last 2 weeks, how often have you
	 * been bothered by any of the following problems?"), from the definition's display
	 * item {@code instructions}.
	 * @param code such as {@code "phq9"}
	 * @param language a language code; falls back to English
	 * @return the instructions, or empty when the instrument has none
	 */
	Optional<String> instructions(String code, String language);

	/**
	 * Loads the shipped instruments without Spring, for commands and tests.
	 * @param licensedTextDirOrNull the directory holding {@code <code>.txt} files of
	 * licensed item text, or null
	 * @return the catalog, never null
	 * @throws IllegalStateException naming the file when a shipped definition is broken
	 */
	static InstrumentCatalog load(Path licensedTextDirOrNull) {
		return CatalogLoader.load(CatalogLoader.SHIPPED, licensedTextDirOrNull);
	}

}
