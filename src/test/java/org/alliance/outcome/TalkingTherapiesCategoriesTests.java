package org.alliance.outcome;

import java.util.List;

import org.alliance.instrument.InstrumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NHS Talking Therapies categories held to the six worked cases of issue #9, given
 * there as first/last PHQ-9, first/last GAD-7 and treatment sessions; an empty cell is
 * "not applicable". Caseness PHQ-9 ≥ 10 or GAD-7 ≥ 8, reliable change PHQ-9 ≥ 6 and GAD-7
 * ≥ 4 (DESIGN.md, from the NHS Talking Therapies Manual), read from the shipped
 * definitions.
 */
class TalkingTherapiesCategoriesTests {

	private static final TalkingTherapiesRules RULES = TalkingTherapiesRules.of(InstrumentCatalog.load(null));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					18→7, 12→6, 6 sessions → finished, case, recovered, reliable improvement, not deteriorated, reliable recovery | 18 | 7 | 12 | 6 | 6 | true | true | true | true | false | true
					15→10, 9→8, 4 → finished, case, not recovered (PHQ-9 10 is still a case), no reliable improvement (drop 5 < 6) | 15 | 10 | 9 | 8 | 4 | true | true | false | false | false | false
					8→9, 6→5, 3 → finished, not a case at start: recovery and reliable recovery not applicable | 8 | 9 | 6 | 5 | 3 | true | false | | false | false |
					20→14, 10→15, 5 → finished, case; PHQ-9 fell reliably but GAD-7 rose reliably: neither improvement nor deterioration | 20 | 14 | 10 | 15 | 5 | true | true | false | false | false | false
					12→4, 9→3, 1 → not finished: no category applies | 12 | 4 | 9 | 3 | 1 | false | | | | |
					10→3, 7→2, 2 → finished, case (PHQ-9 ≥ 10), recovered, reliable improvement, reliable recovery | 10 | 3 | 7 | 2 | 2 | true | true | true | true | false | true
					""")
	void categorisesTheIssuesWorkedCases(String worked, int phq9First, int phq9Last, int gad7First, int gad7Last,
			int sessions, boolean finished, Boolean caseStart, Boolean recovered, Boolean improvement,
			Boolean deterioration, Boolean reliableRecovery) {
		TalkingTherapiesCategories categories = RULES
			.categorise(new PairedScores(phq9First, phq9Last, gad7First, gad7Last), sessions);
		assertThat(categories).isEqualTo(new TalkingTherapiesCategories(finished, caseStart, recovered, improvement,
				deterioration, reliableRecovery));
	}

	@Test
	void aReliableRiseOnOneMeasureWithoutADropOnTheOtherIsReliableDeterioration() {
		// GAD-7 5 → 9 rises 4 (reliable), PHQ-9 11 → 12 does not move reliably.
		TalkingTherapiesCategories categories = RULES.categorise(new PairedScores(11, 12, 5, 9), 3);
		assertThat(categories.reliableDeterioration()).isTrue();
		assertThat(categories.reliableImprovement()).isFalse();
		assertThat(categories.recovered()).isFalse();
	}

	@Test
	void aFinishedCourseWithoutPairedScoresIsOnlyFinished() {
		assertThat(RULES.categorise(null, 4))
			.isEqualTo(new TalkingTherapiesCategories(true, null, null, null, null, null));
	}

	@Test
	void countsClinicRatesWithTheManualsDenominators() {
		// The six worked cases plus a finished course without paired scores: 7 ended, 6
		// finished; 5 finished with paired scores, 4 of them cases; recovered 2 of 4
		// cases (cases 1 and 6), reliable recovery 2 of 4, reliable improvement 2 of 5,
		// deterioration 0 of 5.
		List<TalkingTherapiesCategories> episodes = List.of(RULES.categorise(new PairedScores(18, 7, 12, 6), 6),
				RULES.categorise(new PairedScores(15, 10, 9, 8), 4), RULES.categorise(new PairedScores(8, 9, 6, 5), 3),
				RULES.categorise(new PairedScores(20, 14, 10, 15), 5),
				RULES.categorise(new PairedScores(12, 4, 9, 3), 1), RULES.categorise(new PairedScores(10, 3, 7, 2), 2),
				RULES.categorise(null, 2));
		TalkingTherapiesRates rates = TalkingTherapiesRates.of(episodes);
		assertThat(rates.ended()).isEqualTo(7);
		assertThat(rates.finished()).isEqualTo(new Rate(6, 7));
		assertThat(rates.caseStart()).isEqualTo(new Rate(4, 5));
		assertThat(rates.recovery()).isEqualTo(new Rate(2, 4));
		assertThat(rates.recovery().value()).isEqualTo(0.5);
		assertThat(rates.reliableImprovement()).isEqualTo(new Rate(2, 5));
		assertThat(rates.reliableDeterioration()).isEqualTo(new Rate(0, 5));
		assertThat(rates.reliableRecovery()).isEqualTo(new Rate(2, 4));
		assertThat(rates.finishedWithoutPairedScores()).isEqualTo(1);
		assertThat(TalkingTherapiesRates.of(List.of()).recovery().value()).isNull();
	}

}
