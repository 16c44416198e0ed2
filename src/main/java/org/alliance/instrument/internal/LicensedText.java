package org.alliance.instrument.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.alliance.instrument.Availability;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Item text the clinic supplies under its licence, one item per line in {@code
 *
<dir>
 * /<code>.txt}, as CamCOPS handles restricted tasks. The text never enters the
 * repository; a missing or malformed file leaves the instrument listed but not
 * administrable.
 */
public final class LicensedText {

	private static final Logger log = LoggerFactory.getLogger(LicensedText.class);

	private LicensedText() {
	}

	/**
	 * Reads the licensed lines for an instrument.
	 * @param directory the configured directory, or null when none is configured
	 * @param instrument an instrument that needs licensed text
	 * @return one line per item, or empty (with a log line saying why)
	 */
	public static Optional<List<String>> read(Path directory, Instrument instrument) {
		if (directory == null) {
			log.info("{} needs licensed text: set alliance.instruments.licensed-text-dir to a directory holding {}",
					instrument.code(), fileName(instrument));
			return Optional.empty();
		}
		Path file = directory.resolve(fileName(instrument));
		if (!Files.isRegularFile(file)) {
			log.info("{} needs licensed text: {} does not exist", instrument.code(), file);
			return Optional.empty();
		}
		List<String> lines = lines(file);
		if (lines.size() != instrument.items().size() || lines.stream().anyMatch(String::isBlank)) {
			log.warn("{} stays unavailable (needs licensed text): {} must hold {} non-empty lines, one per item, "
					+ "but holds {} lines", instrument.code(), file, instrument.items().size(), lines.size());
			return Optional.empty();
		}
		return Optional.of(lines);
	}

	/**
	 * The instrument with the licensed lines as its items' text, now administrable.
	 * @param instrument the instrument read from its file
	 * @param lines one line per item, in item order
	 * @param language the language of the lines
	 * @return a new instrument, never null
	 */
	public static Instrument apply(Instrument instrument, List<String> lines, String language) {
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			items.add(instrument.items().get(i).withText(language, lines.get(i)));
		}
		return new Instrument(instrument.code(), instrument.title(), instrument.respondent(), instrument.kind(),
				instrument.validated(), Availability.AVAILABLE, instrument.copyright(),
				Languages.complete(items, language), items, instrument.subscales(), instrument.scoreMethod(),
				instrument.totalMin(), instrument.totalMax(), instrument.bands(), instrument.clinicalCutoff(),
				instrument.reliableChange(), instrument.norms(), instrument.titles());
	}

	static String fileName(Instrument instrument) {
		return instrument.code() + ".txt";
	}

	/** Lines without a byte-order mark, surrounding blanks or trailing empty lines. */
	private static List<String> lines(Path file) {
		try {
			List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
			if (!lines.isEmpty()) {
				lines.set(0, lines.get(0).replace("\uFEFF", ""));
			}
			lines.replaceAll(String::strip);
			while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
				lines.remove(lines.size() - 1);
			}
			return lines;
		}
		catch (IOException ex) {
			log.warn("Cannot read licensed text {}: {}", file, ex.getMessage());
			return List.of();
		}
	}

}
