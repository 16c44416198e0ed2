package org.alliance.outcome;

import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.internal.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reliable and clinically significant change (Jacobson &amp; Truax 1991) held to the
 * worked example of DESIGN.md, read from a definition file that carries its figures
 * ({@code src/test/resources/instrument/jt-example.json}), and the shipped PHQ-9 and
 * GAD-7 judged by NHS Talking Therapies' reliable-change points (6 and 4) and caseness
 * cutoffs (10 and 8).
 */
class ReliableChangeTests {

	private static final InstrumentCatalog SHIPPED = InstrumentCatalog.load(null);

	private static final Instrument EXAMPLE = CatalogLoader.load("classpath*:instrument/*.json", null)
		.find("jt-example")
		.orElseThrow();

	@Test
	void holdsTheIndexToTheWorkedExample() {
		// DESIGN.md: s1 7.5, r .88, 24 → 12: SE 2.598076, S_diff 3.674235, RC −3.265986.
		assertThat(JacobsonTruax.standardError(7.5, 0.88)).isCloseTo(2.598076, within(1e-6));
		assertThat(JacobsonTruax.differenceStandardError(7.5, 0.88)).isCloseTo(3.674235, within(1e-6));
		InstrumentChange change = standard(EXAMPLE).judge(24, 12);
		assertThat(change.index()).isCloseTo(-3.265986, within(1e-6));
		assertThat(change.criterion()).isEqualTo(ChangeCriterion.INDEX);
		assertThat(change.change()).isEqualTo(-12);
	}

	@Test
	void holdsTheCutoffsToTheWorkedExample() {
		// DESIGN.md: M_clin 30, SD_clin 7.5, M_func 8, SD_func 6: a 15, b 20, c
		// 17.777778.
		ClinicalCutoffs cutoffs = standard(EXAMPLE).cutoffs();
		assertThat(cutoffs.a()).isCloseTo(15, within(1e-9));
		assertThat(cutoffs.b()).isCloseTo(20, within(1e-9));
		assertThat(cutoffs.c()).isCloseTo(17.777778, within(1e-6));
		// With no cutoff of its own, the definition's verdict uses c.
		assertThat(standard(EXAMPLE).clinicalCutoff()).isCloseTo(17.777778, within(1e-6));
	}

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource(textBlock = """
			# RC −3.265986 beyond −1.96 and from 24 (≥ c) to 12 (< c)
			24, 12, RECOVERED
			# 30 → 20: RC −10 / 3.674235 = −2.721655, but 20 stays above c
			30, 20, IMPROVED
			# 24 → 20: RC −4 / 3.674235 = −1.088662, within measurement error
			24, 20, UNCHANGED
			# 12 → 24: RC +3.265986
			12, 24, DETERIORATED
			# 10 → 2: RC −2.177324, reliable, but the client started below c: improved, not recovered
			10, 2, IMPROVED
			""")
	void givesTheWorkedExamplesVerdicts(double first, double last, ChangeVerdict verdict) {
		assertThat(standard(EXAMPLE).judge(first, last).verdict()).isEqualTo(verdict);
	}

	@ParameterizedTest(name = "PHQ-9 {0} → {1}: {2}")
	@CsvSource(textBlock = """
			# a fall of 11 ≥ 6 points, from a case (≥ 10) to below 10
			18, 7, RECOVERED
			# a fall of 7, from exactly the cutoff to 3
			10, 3, RECOVERED
			# a fall of 5 < 6: not reliable, although 10 → 5 crosses the cutoff
			10, 5, UNCHANGED
			15, 10, UNCHANGED
			# a fall of exactly 6 is reliable; 14 is still a case
			20, 14, IMPROVED
			# reliable but not a case at the start
			8, 2, IMPROVED
			# a rise of exactly 6
			8, 14, DETERIORATED
			8, 13, UNCHANGED
			""")
	void judgesPhq9ByNhsTalkingTherapiesPoints(double first, double last, ChangeVerdict verdict) {
		InstrumentChange change = standard(SHIPPED.find("phq9").orElseThrow()).judge(first, last);
		assertThat(change.verdict()).isEqualTo(verdict);
		assertThat(change.criterion()).isEqualTo(ChangeCriterion.POINTS);
		assertThat(change.clinicalCutoff()).isEqualTo(10);
	}

	@ParameterizedTest(name = "GAD-7 {0} → {1}: {2}")
	@CsvSource(textBlock = """
			# a fall of 6 ≥ 4, from a case (≥ 8) to below 8
			12, 6, RECOVERED
			# a fall of exactly 4, from 11 to 7
			11, 7, RECOVERED
			7, 2, IMPROVED
			# a fall of 3 < 4, though 9 → 6 crosses the cutoff
			9, 6, UNCHANGED
			9, 8, UNCHANGED
			# a rise of 5 ≥ 4
			10, 15, DETERIORATED
			6, 9, UNCHANGED
			""")
	void judgesGad7ByNhsTalkingTherapiesPoints(double first, double last, ChangeVerdict verdict) {
		InstrumentChange change = standard(SHIPPED.find("gad7").orElseThrow()).judge(first, last);
		assertThat(change.verdict()).isEqualTo(verdict);
		assertThat(change.clinicalCutoff()).isEqualTo(8);
	}

	@Test
	void measuresAPointsChangeInUnitsOfTheSdiffThePointsStandFor() {
		// 6 points = 1.96 · S_diff, so S_diff = 6 / 1.96 and PHQ-9 18 → 7 gives
		// −11 · 1.96 / 6 = −3.593333; a fall of exactly 6 gives −1.96.
		ChangeStandard phq9 = standard(SHIPPED.find("phq9").orElseThrow());
		assertThat(phq9.judge(18, 7).index()).isCloseTo(-3.593333, within(1e-6));
		assertThat(phq9.judge(20, 14).index()).isCloseTo(-1.96, within(1e-12));
		// GAD-7, 4 points: 10 → 15 gives 5 · 1.96 / 4 = 2.45.
		assertThat(standard(SHIPPED.find("gad7").orElseThrow()).judge(10, 15).index()).isCloseTo(2.45, within(1e-12));
	}

	@Test
	void saysNothingForAnInstrumentWithoutReliableChange() {
		assertThat(ChangeStandard.of(SHIPPED.find("alliance-check").orElseThrow())).isEmpty();
	}

	private static ChangeStandard standard(Instrument instrument) {
		return ChangeStandard.of(instrument).orElseThrow();
	}

}
