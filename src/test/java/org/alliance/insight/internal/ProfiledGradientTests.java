package org.alliance.insight.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.alliance.insight.Criterion;
import org.alliance.insight.DataTable;
import org.alliance.insight.Formula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exact gradient of the profiled criterion ({@link BlockedGradient}, and the same
 * formulas in {@link SparseSystem}) is the derivative of the criterion: it agrees with
 * central differences of the criterion at points off the optimum, for random intercepts
 * and correlated slopes, crossed and nested, by ML and REML, on the blocked system (its
 * dense kernel included) and the general sparse one.
 */
class ProfiledGradientTests {

	private static ModelFrame frame(String file, String formula) {
		try {
			Path path = Path.of(ProfiledGradientTests.class.getResource("/insight/" + file).toURI());
			Formula parsed = Formula.parse(formula);
			return ModelFrameBuilder.build(DataTable.readCsv(path, parsed.variables()), parsed);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "sleepstudy.csv; Reaction ~ Days + (Days|Subject)",
			"penicillin.csv; diameter ~ 1 + (1|plate) + (1|sample)", "pastes.csv; strength ~ 1 + (1|batch/cask)",
			"crossed-small.csv; y ~ 1 + service + (1|s) + (1|d) + (1|dept)",
			"crossed-small.csv; y ~ 1 + service + x + (1 + x|s) + (1|d)" })
	void gradientIsTheDerivativeOfTheCriterion(String file, String formula) {
		ModelFrame frame = frame(file, formula);
		RelativeCovariance covariance = new RelativeCovariance(frame.terms());
		double[] theta = covariance.start();
		for (int i = 0; i < theta.length; i++) {
			theta[i] = (theta[i] == 0) ? -0.1 * (i + 1) : 0.3 + 0.2 * i;
		}
		for (Criterion criterion : Criterion.values()) {
			for (PenalizedSystem system : new PenalizedSystem[] { new BlockedSystem(frame), new SparseSystem(frame) }) {
				ProfiledDeviance deviance = new ProfiledDeviance(system, frame.rows(), frame.fixedCount(), criterion);
				double[] gradient = new double[theta.length];
				deviance.at(theta, gradient);
				for (int i = 0; i < theta.length; i++) {
					double h = 1e-5;
					double[] up = theta.clone();
					double[] down = theta.clone();
					up[i] += h;
					down[i] -= h;
					double central = (deviance.at(up) - deviance.at(down)) / (2 * h);
					assertThat(gradient[i]).as("%s %s θ%d", criterion, system.getClass().getSimpleName(), i)
						.isCloseTo(central, within(1e-5 * (1 + Math.abs(central))));
				}
			}
		}
	}

}
