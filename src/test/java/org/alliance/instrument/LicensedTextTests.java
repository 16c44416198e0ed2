package org.alliance.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.alliance.instrument.Instruments.choices;
import static org.alliance.instrument.Instruments.scored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * WAI-SR item text comes only from the clinic's file; these tests use invented
 * placeholder lines, never the real items.
 */
@ExtendWith(OutputCaptureExtension.class)
class LicensedTextTests {

	@TempDir
	Path dir;

	@Test
	void needsLicensedTextWithoutAFile() {
		Instrument waiSr = InstrumentCatalog.load(dir).find("wai-sr").orElseThrow();

		assertThat(waiSr.availability()).isEqualTo(Availability.NEEDS_LICENSED_TEXT);
		assertThat(waiSr.administrable()).isFalse();
	}

	@Test
	void becomesAdministrableWithTwelvePlaceholderLines() throws IOException {
		write(placeholders(12));

		InstrumentCatalog catalog = InstrumentCatalog.load(dir);
		Instrument waiSr = catalog.find("wai-sr").orElseThrow();

		assertThat(waiSr.administrable()).isTrue();
		assertThat(waiSr.languages()).containsExactly("en");
		assertThat(waiSr.item("1").orElseThrow().text("en")).isEqualTo("Item 1 placeholder");
		assertThat(waiSr.item("12").orElseThrow().text("es")).isEqualTo("Item 12 placeholder");
		assertThat(catalog.questionnaire("wai-sr").orElseThrow().getItem().get(11).getText())
			.isEqualTo("Item 12 placeholder");
	}

	/**
	 * Hatcher &amp; Gillaspy (2006) key: Task = 1, 2, 10, 12; Bond = 3, 5, 7, 9; Goal =
	 * 4, 6, 8, 11. With answers 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2: Task 1 + 2 + 5 + 2 =
	 * 10, Bond 3 + 5 + 2 + 4 = 14, Goal 4 + 1 + 3 + 1 = 9, total 33.
	 */
	@Test
	void scoresWaiSrSubscalesByThePublishedKey() throws IOException {
		write(placeholders(12));
		Instrument waiSr = InstrumentCatalog.load(dir).find("wai-sr").orElseThrow();

		Scores scores = scored(waiSr, choices(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2));

		assertThat(scores.subscales()).containsEntry("task", 10.0)
			.containsEntry("bond", 14.0)
			.containsEntry("goal", 9.0);
		assertThat(scores.total()).isEqualTo(33);
		assertThat(scored(waiSr, choices(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).total()).isEqualTo(60);
	}

	@Test
	void staysUnavailableWithElevenLinesAndWarns(CapturedOutput output) throws IOException {
		write(placeholders(11));

		Instrument waiSr = InstrumentCatalog.load(dir).find("wai-sr").orElseThrow();

		assertThat(waiSr.availability()).isEqualTo(Availability.NEEDS_LICENSED_TEXT);
		assertThat(output).contains("WARN").contains("wai-sr stays unavailable").contains("holds 11 lines");
	}

	@Test
	void staysUnavailableWithThirteenLines() throws IOException {
		write(placeholders(13));

		assertThat(InstrumentCatalog.load(dir).find("wai-sr").orElseThrow().administrable()).isFalse();
	}

	@Test
	void staysUnavailableWithABlankLineAmongTheItems() throws IOException {
		List<String> lines = new java.util.ArrayList<>(placeholders(12));
		lines.set(5, " ");
		write(lines);

		assertThat(InstrumentCatalog.load(dir).find("wai-sr").orElseThrow().administrable()).isFalse();
	}

	@Test
	void toleratesATrailingNewlineAndAByteOrderMark() throws IOException {
		Files.writeString(dir.resolve("wai-sr.txt"), "\uFEFF" + String.join("\n", placeholders(12)) + "\n\n");

		assertThat(InstrumentCatalog.load(dir).find("wai-sr").orElseThrow().administrable()).isTrue();
	}

	private void write(List<String> lines) throws IOException {
		Files.write(dir.resolve("wai-sr.txt"), lines);
	}

	private static List<String> placeholders(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> "Item " + i + " placeholder").toList();
	}

}
