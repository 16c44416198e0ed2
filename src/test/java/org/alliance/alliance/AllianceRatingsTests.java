package org.alliance.alliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.alliance.instrument.Answer;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Scores;
import org.alliance.measure.StoredResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored forms become per-item means by scale through each instrument's own key. WAI-SR's
 * key (Hatcher &amp; Gillaspy 2006): task = items 1, 2, 10, 12; bond = 3, 5, 7, 9; goal =
 * 4, 6, 8, 11.
 */
class AllianceRatingsTests {

	private static final UUID CLIENT = UUID.randomUUID();

	private static final UUID EPISODE = UUID.randomUUID();

	@TempDir
	Path licensedText;

	@Test
	void readsTheWaiSrByItsKeyAndPrefersTheAllianceCheckWhenASessionHasBoth() throws IOException {
		Files.write(this.licensedText.resolve("wai-sr.txt"),
				IntStream.rangeClosed(1, 12).mapToObj((i) -> "Placeholder item " + i).toList());
		InstrumentCatalog catalog = InstrumentCatalog.load(this.licensedText);
		// Bond items all 5 (mean 5), task 1, 2, 3, 4 (mean 2.5), goal all 3 (mean 3);
		// total = (20 + 10 + 12) / 12 = 3.5.
		Map<String, Integer> wai = Map.ofEntries(Map.entry("1", 1), Map.entry("2", 2), Map.entry("10", 3),
				Map.entry("12", 4), Map.entry("3", 5), Map.entry("5", 5), Map.entry("7", 5), Map.entry("9", 5),
				Map.entry("4", 3), Map.entry("6", 3), Map.entry("8", 3), Map.entry("11", 3));

		List<SessionRating> ratings = AllianceRatings.of(List.of(response(1, "wai-sr", wai), response(2, "wai-sr", wai),
				response(2, "alliance-check", allFour())), catalog);

		SessionRating first = ratings.stream().filter((r) -> r.session() == 1).findFirst().orElseThrow();
		assertThat(first.perspective()).isEqualTo(Perspective.CLIENT);
		assertThat(first.itemMean(AllianceScale.BOND).getAsDouble()).isEqualTo(5.0);
		assertThat(first.itemMean(AllianceScale.TASK).getAsDouble()).isEqualTo(2.5);
		assertThat(first.itemMean(AllianceScale.GOAL).getAsDouble()).isEqualTo(3.0);
		assertThat(first.itemMean(AllianceScale.TOTAL).getAsDouble()).isEqualTo(3.5);
		assertThat(first.itemMean(AllianceScale.EMPATHY)).isEmpty();
		List<SessionRating> second = ratings.stream().filter((r) -> r.session() == 2).toList();
		assertThat(second).hasSize(1);
		assertThat(second.get(0).itemMean(AllianceScale.TOTAL).getAsDouble()).isEqualTo(4.0);
	}

	private static Map<String, Integer> allFour() {
		return IntStream.rangeClosed(1, 7).boxed().collect(Collectors.toMap(String::valueOf, (i) -> 4));
	}

	private static StoredResponse response(int session, String instrument, Map<String, Integer> values) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		values.forEach((item, value) -> answers.put(item, new Answer.Choice(value)));
		return new StoredResponse(UUID.randomUUID(), CLIENT, EPISODE, UUID.randomUUID(), session,
				LocalDate.of(2026, 11, 2), instrument, "client", Instant.now(), answers, new Scores(0, Map.of(), null));
	}

}
