package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Properties any correct linear mixed model fit has, checked on random unbalanced
 * designs.
 */
class MixedModelPropertyTests {

	/**
	 * Random unbalanced data: subjects crossed with items, some cells missing, always
	 * identifiable (lme4 refuses a term with no more observations than random effects).
	 */
	private static DataTable randomDesign(long seed, double scale, double shift) {
		SplittableRandom random = new SplittableRandom(seed);
		int subjects = 5 + random.nextInt(10);
		int items = 3 + random.nextInt(6);
		List<String> subject = new ArrayList<>();
		List<String> item = new ArrayList<>();
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		double[] itemEffect = random.doubles(items).toArray();
		for (int s = 0; s < subjects; s++) {
			double intercept = random.nextGaussian();
			double slope = 0.5 * random.nextGaussian();
			for (int i = 0; i < items; i++) {
				// the first three items are always present, so every subject has more
				// observations than its two random effects, as lme4 requires
				if (i >= 3 && random.nextDouble() < 0.2) {
					continue;
				}
				double covariate = 3 * random.nextDouble();
				subject.add("s" + s);
				item.add("i" + i);
				x.add(covariate);
				double response = 2 + covariate + intercept + slope * covariate + itemEffect[i] + random.nextGaussian();
				y.add(scale * response + shift);
			}
		}
		return new DataTable(List.of(text("subject", subject), text("item", item), numeric("x", x), numeric("y", y)));
	}

	private static TextColumn text(String name, List<String> values) {
		List<String> dictionary = values.stream().distinct().toList();
		return new TextColumn(name, values.stream().mapToInt(dictionary::indexOf).toArray(), dictionary);
	}

	private static NumericColumn numeric(String name, List<Double> values) {
		return new NumericColumn(name, values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static ModelFit fit(DataTable data, String formula, MixedModel.Solver solver) {
		return MixedModel.fit(data, Formula.parse(formula), Criterion.REML, solver, FitListener.SILENT);
	}

	@Test
	void blockedAndSparseSolversAgreeOnRandomCrossedDesigns() {
		qt().withExamples(12).forAll(longs().between(1, 1_000_000)).checkAssert((seed) -> {
			DataTable data = randomDesign(seed, 1, 0);
			String formula = "y ~ x + (x|subject) + (1|item)";
			ModelFit blocked = fit(data, formula, MixedModel.Solver.BLOCKED);
			ModelFit sparse = fit(data, formula, MixedModel.Solver.SPARSE);
			assertThat(blocked.objective()).isCloseTo(sparse.objective(), within(1e-6));
			assertThat(blocked.fixedEffect("x").estimate()).isCloseTo(sparse.fixedEffect("x").estimate(), within(1e-3));
		});
	}

	@Test
	void rescalingTheResponseRescalesEstimatesAndShiftsTheCriterionByTheJacobian() {
		qt().withExamples(8).forAll(longs().between(1, 1_000_000)).checkAssert((seed) -> {
			double scale = 10;
			ModelFit original = fit(randomDesign(seed, 1, 0), "y ~ x + (1|subject) + (1|item)",
					MixedModel.Solver.AUTOMATIC);
			ModelFit rescaled = fit(randomDesign(seed, scale, 5), "y ~ x + (1|subject) + (1|item)",
					MixedModel.Solver.AUTOMATIC);
			// y' = 10 y + 5: slopes scale by 10, variances by 100, and the REML criterion
			// shifts by 2 (n - p) log 10
			int dfResidual = original.observations() - original.fixedEffects().size();
			assertThat(rescaled.fixedEffect("x").estimate()).isCloseTo(scale * original.fixedEffect("x").estimate(),
					within(1e-3 * scale));
			assertThat(rescaled.residualVariance()).isCloseTo(scale * scale * original.residualVariance(),
					within(1e-3 * scale * scale * original.residualVariance()));
			assertThat(rescaled.objective()).isCloseTo(original.objective() + 2 * dfResidual * Math.log(scale),
					within(1e-5));
		});
	}

}
