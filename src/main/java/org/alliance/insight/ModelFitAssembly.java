package org.alliance.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.insight.internal.BoundedNelderMead;
import org.alliance.insight.internal.ModelFrame;
import org.alliance.insight.internal.ProfiledDeviance;
import org.alliance.insight.internal.RandomEffectTerm;
import org.alliance.insight.internal.RelativeCovariance;
import org.alliance.insight.internal.Solution;

/**
 * Turns the solution at the optimum into the quantities lme4 reports: σ² = r²/(n − p)
 * (REML) or r²/n (ML), fixed-effect covariance σ²(R_X'R_X)^{-1}, term covariances σ²TT',
 * modes b = Λû and scaled residuals.
 */
final class ModelFitAssembly {

	private final ModelFrame frame;

	private final Formula formula;

	private final Criterion criterion;

	private final RelativeCovariance covariance;

	private final ProfiledDeviance deviance;

	ModelFitAssembly(ModelFrame frame, Formula formula, Criterion criterion, RelativeCovariance covariance,
			ProfiledDeviance deviance) {
		this.frame = frame;
		this.formula = formula;
		this.criterion = criterion;
		this.covariance = covariance;
		this.deviance = deviance;
	}

	ModelFit assemble(BoundedNelderMead.Result result, Solution solution, Convergence convergence,
			double[] degreesOfFreedom, List<String> warnings) {
		double[] theta = result.point();
		double sigma2 = solution.factorization().penalizedRss() / this.deviance.degreesOfFreedom();
		double[][] templates = this.covariance.templates(theta);
		List<ConditionalModes> modes = modes(solution, templates, sigma2);
		double[] residuals = scaledResiduals(solution.beta(), modes, Math.sqrt(sigma2));
		return new ModelFit(this.formula.text(), this.criterion, this.frame.rows(), this.frame.droppedRows(),
				fixedEffects(solution, sigma2, degreesOfFreedom), scale(solution.fixedCovariance(), sigma2),
				components(templates, sigma2), sigma2, this.deviance.of(solution.factorization()), groups(), theta,
				modes, convergence, residuals, this.frame.referenceLevels(), warnings);
	}

	private List<FixedEffect> fixedEffects(Solution solution, double sigma2, double[] degreesOfFreedom) {
		int p = this.frame.fixedCount();
		List<FixedEffect> effects = new ArrayList<>(p);
		for (int i = 0; i < p; i++) {
			double se = Math.sqrt(sigma2 * solution.fixedCovariance()[i * p + i]);
			effects.add(new FixedEffect(this.frame.fixedNames().get(i), solution.beta()[i], se, degreesOfFreedom[i]));
		}
		return effects;
	}

	private static double[] scale(double[] matrix, double factor) {
		return Arrays.stream(matrix).map((value) -> value * factor).toArray();
	}

	private List<VarianceComponent> components(double[][] templates, double sigma2) {
		List<VarianceComponent> components = new ArrayList<>();
		for (int t = 0; t < templates.length; t++) {
			RandomEffectTerm term = this.frame.terms().get(t);
			int nc = term.columnCount();
			double[] cov = product(templates[t], null, nc, sigma2);
			double[] variances = new double[nc];
			double[] correlations = new double[nc * nc];
			for (int a = 0; a < nc; a++) {
				variances[a] = cov[a * nc + a];
			}
			for (int a = 0; a < nc; a++) {
				for (int b = 0; b < nc; b++) {
					correlations[a * nc + b] = (a == b) ? 1.0
							: cov[a * nc + b] / Math.sqrt(variances[a] * variances[b]);
				}
			}
			components.add(new VarianceComponent(term.group(), term.columnNames(), variances, correlations));
		}
		return components;
	}

	/** {@code factor · T V T'}, V the identity when null. */
	private static double[] product(double[] template, double[] middle, int nc, double factor) {
		double[] result = new double[nc * nc];
		for (int a = 0; a < nc; a++) {
			for (int b = 0; b < nc; b++) {
				double sum = 0;
				for (int c = 0; c < nc; c++) {
					for (int d = 0; d < nc; d++) {
						double v = (middle == null) ? ((c == d) ? 1.0 : 0.0) : middle[c * nc + d];
						sum += template[a * nc + c] * v * template[b * nc + d];
					}
				}
				result[a * nc + b] = factor * sum;
			}
		}
		return result;
	}

	private List<ConditionalModes> modes(Solution solution, double[][] templates, double sigma2) {
		List<ConditionalModes> all = new ArrayList<>();
		int offset = 0;
		for (int t = 0; t < templates.length; t++) {
			RandomEffectTerm term = this.frame.terms().get(t);
			int nc = term.columnCount();
			int levels = term.levelCount();
			double[] values = new double[levels * nc];
			for (int level = 0; level < levels; level++) {
				for (int a = 0; a < nc; a++) {
					double sum = 0;
					for (int c = 0; c <= a; c++) {
						sum += templates[t][a * nc + c] * solution.u()[offset + level * nc + c];
					}
					values[level * nc + a] = sum;
				}
			}
			offset += levels * nc;
			all.add(new ConditionalModes(term.group(), term.columnNames(), term.levels(), values,
					conditionalCovariances(solution, templates[t], t, levels, nc, sigma2)));
		}
		return all;
	}

	private static double[] conditionalCovariances(Solution solution, double[] template, int t, int levels, int nc,
			double sigma2) {
		if (solution.conditionalCovariance() == null) {
			return null;
		}
		double[] all = new double[levels * nc * nc];
		double[] block = new double[nc * nc];
		for (int level = 0; level < levels; level++) {
			System.arraycopy(solution.conditionalCovariance()[t], level * nc * nc, block, 0, nc * nc);
			System.arraycopy(product(template, block, nc, sigma2), 0, all, level * nc * nc, nc * nc);
		}
		return all;
	}

	private double[] scaledResiduals(double[] beta, List<ConditionalModes> modes, double sigma) {
		int n = this.frame.rows();
		int p = beta.length;
		double[] x = this.frame.x();
		double[] y = this.frame.y();
		double[] residuals = new double[n];
		for (int row = 0; row < n; row++) {
			double fitted = 0;
			for (int c = 0; c < p; c++) {
				fitted += x[row * p + c] * beta[c];
			}
			residuals[row] = y[row] - fitted;
		}
		for (int t = 0; t < modes.size(); t++) {
			subtractRandomPart(residuals, this.frame.terms().get(t), modes.get(t).values());
		}
		for (int row = 0; row < n; row++) {
			residuals[row] /= sigma;
		}
		Arrays.parallelSort(residuals);
		return new double[] { residuals[0], quantile(residuals, 0.25), quantile(residuals, 0.5),
				quantile(residuals, 0.75), residuals[n - 1] };
	}

	private static void subtractRandomPart(double[] residuals, RandomEffectTerm term, double[] modes) {
		int nc = term.columnCount();
		int[] levels = term.levelOfRow();
		for (int row = 0; row < residuals.length; row++) {
			int level = levels[row];
			double fitted = 0;
			for (int c = 0; c < nc; c++) {
				fitted += modes[level * nc + c] * term.columnValue(row, c);
			}
			residuals[row] -= fitted;
		}
	}

	/** R's default quantile (type 7). */
	private static double quantile(double[] sorted, double probability) {
		double h = (sorted.length - 1) * probability;
		int low = (int) Math.floor(h);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
	}

	private Map<String, Integer> groups() {
		Map<String, Integer> groups = new LinkedHashMap<>();
		for (RandomEffectTerm term : this.frame.terms()) {
			groups.putIfAbsent(term.group(), term.levelCount());
		}
		return groups;
	}

}
