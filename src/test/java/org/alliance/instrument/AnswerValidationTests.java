package org.alliance.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.alliance.instrument.Instruments.choices;
import static org.alliance.instrument.Instruments.rejected;
import static org.alliance.instrument.Instruments.scored;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of bad answer is refused on its own field, and all of them at once.
 */
class AnswerValidationTests {

	@Test
	void refusesAnUnknownItem() {
		Map<String, Answer> answers = choices(0, 0, 0, 0, 0, 0, 0, 0, 0);
		answers.put("11", new Answer.Choice(1));

		assertThat(rejected(Instruments.phq9(), answers).errors()).extracting(AnswerError::field)
			.containsExactly("answers.11");
	}

	@Test
	void refusesAMissingRequiredItem() {
		Map<String, Answer> answers = choices(0, 0, 0, 0, 0, 0, 0, 0, 0);
		answers.remove("4");

		assertThat(rejected(Instruments.phq9(), answers).errors())
			.containsExactly(new AnswerError("answers.4", "is required"));
	}

	@Test
	void acceptsAMissingOptionalItem() {
		assertThat(scored(Instruments.phq9(), choices(0, 0, 0, 0, 0, 0, 0, 0, 0)).total()).isZero();
	}

	@Test
	void refusesAChoiceOutOfRangeNamingTheRange() {
		Map<String, Answer> answers = choices(0, 0, 4, 0, 0, 0, 0, 0, 0);

		assertThat(rejected(Instruments.phq9(), answers).errors())
			.containsExactly(new AnswerError("answers.3", "must be a whole number from 0 to 3"));
	}

	@Test
	void refusesTextForAChoiceItem() {
		Map<String, Answer> answers = choices(0, 0, 0, 0, 0, 0, 0, 0, 0);
		answers.put("2", new Answer.Text("often"));

		assertThat(rejected(Instruments.phq9(), answers).errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).isEqualTo("answers.2");
			assertThat(error.message()).contains("from 0 to 3");
		});
	}

	@Test
	void refusesAChoiceForATextItem() {
		Map<String, Answer> answers = choices(3, 3, 3, 3, 3, 3, 3);
		answers.put("8", new Answer.Choice(2));

		assertThat(rejected(Instruments.allianceCheck(), answers).errors()).extracting(AnswerError::field)
			.containsExactly("answers.8");
	}

	@Test
	void acceptsFreeTextForTheTextItem() {
		Map<String, Answer> answers = choices(3, 3, 3, 3, 3, 3, 3);
		answers.put("8", new Answer.Text("More time on the homework plan."));

		assertThat(scored(Instruments.allianceCheck(), answers).total()).isEqualTo(18);
	}

	@Test
	void refusesTextLongerThanTheItemAllows() {
		Map<String, Answer> answers = choices(3, 3, 3, 3, 3, 3, 3);
		answers.put("8", new Answer.Text("x".repeat(2001)));

		assertThat(rejected(Instruments.allianceCheck(), answers).errors()).extracting(AnswerError::field)
			.containsExactly("answers.8");
	}

	@Test
	void reportsEveryBadFieldTogether() {
		Map<String, Answer> answers = new LinkedHashMap<>(choices(0, 9, 0, 0, 0, 0, 0, 0));
		answers.put("4", new Answer.Text("no"));
		answers.put("10", new Answer.Text("hard"));
		answers.put("phq10", new Answer.Choice(1));

		assertThat(rejected(Instruments.phq9(), answers).errors()).extracting(AnswerError::field)
			.containsExactly("answers.2", "answers.4", "answers.9", "answers.10", "answers.phq10");
	}

	@Test
	void refusesAnInstrumentThatNeedsLicensedText() {
		Instrument waiSr = Instruments.shipped().find("wai-sr").orElseThrow();

		assertThat(rejected(waiSr, choices(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).errors()).singleElement()
			.extracting(AnswerError::field)
			.isEqualTo("instrument");
	}

	@Test
	void refusesRawValuesWithAFractionOrOfTheWrongKind() {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			values.put(String.valueOf(i), 1);
		}
		values.put("2", 1.5);
		values.put("3", "2");
		values.put("5", true);
		values.put("6", 2.0);

		ScoringResult result = InstrumentScoring.scoreValues(Instruments.phq9(), values);

		assertThat(result).isInstanceOfSatisfying(ScoringResult.Rejected.class,
				(rejected) -> assertThat(rejected.errors()).containsExactly(
						new AnswerError("answers.2", "must be a whole number from 0 to 3"),
						new AnswerError("answers.3", "expects a choice, not text: must be a whole number from 0 to 3"),
						new AnswerError("answers.5", "must be a whole number from 0 to 3")));
	}

	@Test
	void scoresRawWholeNumbers() {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 1; i <= 9; i++) {
			values.put(String.valueOf(i), (i <= 5) ? 2 : 0L);
		}
		values.put("10", null);

		ScoringResult result = InstrumentScoring.scoreValues(Instruments.phq9(), values);

		assertThat(result).isInstanceOfSatisfying(ScoringResult.Scored.class, (scored) -> {
			assertThat(scored.scores().total()).isEqualTo(10);
			assertThat(scored.scores().band()).isEqualTo("moderate");
		});
	}

}
