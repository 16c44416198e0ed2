package org.alliance.instrument.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The instruments read at start-up, immutable afterwards.
 */
public final class LoadedCatalog implements InstrumentCatalog {

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	LoadedCatalog(List<Entry> entries) {
		entries.stream().sorted(Comparator.comparing((Entry entry) -> entry.instrument().code())).forEach((entry) -> {
			if (this.entries.put(entry.instrument().code(), entry) != null) {
				throw new IllegalStateException("Two instrument files define " + entry.instrument().code());
			}
		});
	}

	@Override
	public List<Instrument> all() {
		return entries.values().stream().map(Entry::instrument).toList();
	}

	@Override
	public Optional<Instrument> find(String code) {
		return Optional.ofNullable(entries.get(code)).map(Entry::instrument);
	}

	@Override
	public Optional<Questionnaire> questionnaire(String code) {
		return Optional.ofNullable(entries.get(code)).map((entry) -> entry.questionnaire().copy());
	}

	@Override
	public Optional<String> instructions(String code, String language) {
		Map<String, String> texts = Optional.ofNullable(entries.get(code)).map(Entry::instructions).orElse(Map.of());
		String text = (language != null) ? texts.get(language) : null;
		return Optional.ofNullable((text != null) ? text : texts.get("en"));
	}

	record Entry(Instrument instrument, Questionnaire questionnaire, Map<String, String> instructions) {

	}

}
