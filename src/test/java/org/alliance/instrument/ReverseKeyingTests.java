package org.alliance.instrument;

import java.util.Map;

import org.alliance.instrument.internal.CatalogLoader;
import org.junit.jupiter.api.Test;

import static org.alliance.instrument.Instruments.choices;
import static org.alliance.instrument.Instruments.scored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reverse keying and mean scoring, which no shipped instrument uses yet, on a test-only
 * definition ({@code src/test/resources/instrument/reverse-mean.json}): four items scored
 * 1-4, items 2 and 4 reverse-keyed, score = mean, subscale a = items 1-2, b = items 3-4.
 */
class ReverseKeyingTests {

	private final Instrument instrument = CatalogLoader.load("classpath*:instrument/*.json", null)
		.find("reverse-mean")
		.orElseThrow();

	@Test
	void scoresReverseKeyedItemsAsMinPlusMaxMinusTheAnswer() {
		// keyed: 4, 1 + 4 - 1 = 4, 2, 1 + 4 - 4 = 1
		Scores scores = scored(instrument, choices(4, 1, 2, 4));

		assertThat(scores.total()).isEqualTo(11.0 / 4);
		assertThat(scores.subscales()).containsExactly(Map.entry("a", 4.0), Map.entry("b", 1.5));
		assertThat(scores.band()).isEqualTo("high");
	}

	@Test
	void givesTheMeanOfTheScoredItems() {
		// keyed: 1, 4, 1, 4
		Scores scores = scored(instrument, choices(1, 1, 1, 1));

		assertThat(scores.total()).isEqualTo(2.5);
		assertThat(scores.band()).isEqualTo("low");
	}

	@Test
	void derivesMeanRangesFromTheItems() {
		assertThat(instrument.scoreMethod()).isEqualTo(ScoreMethod.MEAN);
		assertThat(instrument.totalMin()).isEqualTo(1);
		assertThat(instrument.totalMax()).isEqualTo(4);
		assertThat(instrument.subscales()).allSatisfy((subscale) -> {
			assertThat(subscale.min()).isEqualTo(1);
			assertThat(subscale.max()).isEqualTo(4);
		});
		assertThat(instrument.item("2").orElseThrow().reverse()).isTrue();
	}

}
