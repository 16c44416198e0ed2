package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The block-elimination solver and the general sparse-Cholesky solver factor the same
 * penalised system, so on any design they must reach the same optimum: this cross-checks
 * the fast path on crossed, nested and random-slope designs.
 */
class SolverAgreementTests {

	/** 14 subjects × 9 items, fully crossed except for a few missing cells. */
	static DataTable crossedDesign() {
		SplittableRandom random = new SplittableRandom(7);
		List<String> subjects = new ArrayList<>();
		List<String> items = new ArrayList<>();
		List<String> sites = new ArrayList<>();
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		double[] itemEffect = random.doubles(9).map((u) -> 2 * (u - 0.5)).toArray();
		for (int s = 0; s < 14; s++) {
			double intercept = 3 * (random.nextDouble() - 0.5);
			double slope = random.nextDouble() - 0.5;
			for (int i = 0; i < 9; i++) {
				if ((s * 9 + i) % 11 == 5) {
					continue;
				}
				double covariate = random.nextDouble() * 4;
				subjects.add("s" + s);
				items.add("i" + i);
				sites.add("site" + (s % 3));
				x.add(covariate);
				y.add(10 + covariate + intercept + slope * covariate + itemEffect[i] + random.nextDouble() * 2);
			}
		}
		return new DataTable(List.of(text("subject", subjects), text("item", items), text("site", sites),
				new NumericColumn("x", x.stream().mapToDouble(Double::doubleValue).toArray()),
				new NumericColumn("y", y.stream().mapToDouble(Double::doubleValue).toArray())));
	}

	private static TextColumn text(String name, List<String> values) {
		List<String> dictionary = values.stream().distinct().toList();
		int[] codes = values.stream().mapToInt(dictionary::indexOf).toArray();
		return new TextColumn(name, codes, dictionary);
	}

	@ParameterizedTest
	@ValueSource(strings = { "y ~ x + (1|subject) + (1|item)", "y ~ x + (x|subject) + (1|item)",
			"y ~ x + (1|subject) + (0 + x|subject) + (1|item)", "y ~ x + (1|site/subject)",
			"y ~ x + (1|item) + (x|site)" })
	void blockedAndSparseSolversReachTheSameFit(String formula) {
		DataTable data = crossedDesign();
		ModelFit blocked = MixedModel.fit(data, Formula.parse(formula), Criterion.REML, MixedModel.Solver.BLOCKED,
				FitListener.SILENT);
		ModelFit sparse = MixedModel.fit(data, Formula.parse(formula), Criterion.REML, MixedModel.Solver.SPARSE,
				FitListener.SILENT);
		assertThat(blocked.objective()).isCloseTo(sparse.objective(), within(1e-7));
		for (int i = 0; i < blocked.fixedEffects().size(); i++) {
			assertThat(blocked.fixedEffects().get(i).estimate()).isCloseTo(sparse.fixedEffects().get(i).estimate(),
					within(1e-4));
			assertThat(blocked.fixedEffects().get(i).standardError())
				.isCloseTo(sparse.fixedEffects().get(i).standardError(), within(1e-4));
		}
		for (int t = 0; t < blocked.conditionalModes().size(); t++) {
			ConditionalModes fast = blocked.conditionalModes().get(t);
			ConditionalModes general = sparse.conditionalModes().get(t);
			for (int level = 0; level < fast.levels().size(); level++) {
				for (int c = 0; c < fast.names().size(); c++) {
					assertThat(fast.value(level, c)).isCloseTo(general.value(level, c), within(1e-3));
					assertThat(fast.conditionalVariance(level, c)).isCloseTo(general.conditionalVariance(level, c),
							within(1e-3));
				}
			}
		}
	}

	/**
	 * 300 students × 110 lecturers: the rest of the blocked system is a dense 119 × 119
	 * block, factored by the dense kernel, where the general solver factors the whole
	 * sparse system.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "y ~ 1 + service + (1|s) + (1|d)", "y ~ 1 + service + x + (1 + x|s) + (1|d)" })
	void denseBlockedAndSparseSolversReachTheSameFitOnCrossedRatings(String formula) throws Exception {
		DataTable data = DataTable.readCsv(
				java.nio.file.Path.of(SolverAgreementTests.class.getResource("/insight/crossed-small.csv").toURI()));
		ModelFit blocked = MixedModel.fit(data, Formula.parse(formula), Criterion.REML, MixedModel.Solver.BLOCKED,
				FitListener.SILENT);
		ModelFit sparse = MixedModel.fit(data, Formula.parse(formula), Criterion.REML, MixedModel.Solver.SPARSE,
				FitListener.SILENT);
		assertThat(blocked.objective()).isCloseTo(sparse.objective(), within(1e-7));
		for (int i = 0; i < blocked.fixedEffects().size(); i++) {
			assertThat(blocked.fixedEffects().get(i).standardError())
				.isCloseTo(sparse.fixedEffects().get(i).standardError(), within(1e-6));
			assertThat(blocked.fixedEffects().get(i).degreesOfFreedom())
				.isCloseTo(sparse.fixedEffects().get(i).degreesOfFreedom(), within(1e-3));
		}
		ConditionalModes fast = blocked.conditionalModes().get(1);
		ConditionalModes general = sparse.conditionalModes().get(1);
		for (int level = 0; level < fast.levels().size(); level++) {
			assertThat(fast.value(level, 0)).isCloseTo(general.value(level, 0), within(1e-5));
			assertThat(fast.conditionalVariance(level, 0)).isCloseTo(general.conditionalVariance(level, 0),
					within(1e-6));
		}
	}

}
