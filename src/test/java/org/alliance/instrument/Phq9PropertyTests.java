package org.alliance.instrument;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * PHQ-9 is a plain sum (Kroenke, Spitzer &amp; Williams 2001) whose bands tile 0-27.
 */
class Phq9PropertyTests {

	private final Instrument phq9 = Instruments.phq9();

	@Test
	void scoresAnyCompleteAnswerSetToItsSumInExactlyOneBand() {
		qt().forAll(lists().of(integers().between(0, 3)).ofSize(9)).checkAssert((values) -> {
			Scores scores = Instruments.scored(phq9, answers(values));
			int sum = values.stream().mapToInt(Integer::intValue).sum();

			assertThat(scores.total()).isEqualTo(sum);
			List<SeverityBand> containing = phq9.bands().stream().filter((band) -> band.contains(sum)).toList();
			assertThat(containing).hasSize(1);
			assertThat(scores.band()).isEqualTo(containing.get(0).label());
		});
	}

	private static Map<String, Answer> answers(List<Integer> values) {
		return Instruments.choices(values.stream().mapToInt(Integer::intValue).toArray());
	}

}
