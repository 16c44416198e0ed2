package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliance.insight.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;

/**
 * Whether the data can tell the random effects apart. Refuses, as lme4's default
 * {@code lmerControl} does (lme4 {@code R/modular.R}: {@code checkNlevels} with
 * {@code check.nlev.gtr.1 = "stop"} and {@code check.nobs.vs.nlev = "stop"}, then
 * {@code checkZdims} with {@code check.nobs.vs.nRE = "stop"}):
 * <ul>
 * <li>a grouping factor with a single level: its variance is not estimable;</li>
 * <li>a grouping factor with as many levels as observations: its variance and the
 * residual's cannot be told apart;</li>
 * <li>a term with no more observations than random effects (levels × columns).</li>
 * </ul>
 * And warns, where lme4 is silent, when a term's columns that never vary within a level
 * (a treatment arm fixed per client in {@code (arm | client)}) carry more variance
 * parameters than their distinct patterns across levels can fix: the split of the group's
 * variance between those columns is then arbitrary.
 */
public final class Identifiability {

	private Identifiability() {
	}

	/**
	 * Applies lme4's three refusals.
	 * @param frame the model frame
	 * @throws InvalidInputException naming the grouping factor or term
	 */
	public static void check(ModelFrame frame) {
		int n = frame.rows();
		Map<String, RandomEffectTerm> factors = new LinkedHashMap<>();
		frame.terms().forEach((term) -> factors.putIfAbsent(term.group(), term));
		for (RandomEffectTerm term : factors.values()) {
			if (term.levelCount() < 2) {
				throw new InvalidInputException("grouping factor '" + term.group() + "' has a single level ('"
						+ term.levels().get(0) + "') in the " + n + " rows used, so its variance cannot be estimated;"
						+ " lme4 refuses this too (grouping factors must have > 1 sampled level)");
			}
		}
		for (RandomEffectTerm term : factors.values()) {
			if (term.levelCount() >= n) {
				throw new InvalidInputException("grouping factor '" + term.group() + "' has " + term.levelCount()
						+ " levels for " + n + " observations, so its variance cannot be told apart from the"
						+ " residual variance; lme4 refuses this too (number of levels of each grouping factor"
						+ " must be < number of observations)");
			}
		}
		for (RandomEffectTerm term : frame.terms()) {
			int effects = term.levelCount() * term.columnCount();
			if (n <= effects) {
				throw new InvalidInputException("number of observations (=" + n + ") <= number of random effects (="
						+ effects + ") for term " + term.label()
						+ ": the random-effects parameters and the residual variance cannot be told apart;"
						+ " lme4 refuses this too");
			}
		}
	}

	/**
	 * Warnings for terms whose between-level columns are not identified apart.
	 * @param frame the model frame
	 * @return one message per such term, empty when none
	 */
	public static List<String> warnings(ModelFrame frame) {
		List<String> warnings = new ArrayList<>();
		for (RandomEffectTerm term : frame.terms()) {
			List<Integer> between = betweenLevelColumns(term);
			if (between.size() >= 2 && patternRank(term, between) < between.size() * (between.size() + 1) / 2) {
				warnings.add(message(term, between));
			}
		}
		return warnings;
	}

	/** The columns of a term that are constant within every level of its group. */
	private static List<Integer> betweenLevelColumns(RandomEffectTerm term) {
		int rows = term.levelOfRow().length;
		List<Integer> between = new ArrayList<>();
		for (int c = 0; c < term.columnCount(); c++) {
			double[] first = new double[term.levelCount()];
			boolean[] seen = new boolean[term.levelCount()];
			boolean constant = true;
			for (int row = 0; row < rows && constant; row++) {
				int level = term.levelOfRow()[row];
				double value = term.columnValue(row, c);
				if (!seen[level]) {
					seen[level] = true;
					first[level] = value;
				}
				constant = first[level] == value;
			}
			if (constant) {
				between.add(c);
			}
		}
		return between;
	}

	/**
	 * The group's variance at a level with between-level values x is x'Σx: it fixes Σ
	 * only as far as the distinct vech(xx') of the levels span the space of Σ.
	 */
	private static int patternRank(RandomEffectTerm term, List<Integer> between) {
		Set<List<Double>> patterns = new LinkedHashSet<>();
		int[] firstRow = new int[term.levelCount()];
		java.util.Arrays.fill(firstRow, -1);
		for (int row = 0; row < term.levelOfRow().length; row++) {
			int level = term.levelOfRow()[row];
			if (firstRow[level] < 0) {
				firstRow[level] = row;
				List<Double> pattern = new ArrayList<>();
				for (int c : between) {
					pattern.add(term.columnValue(row, c));
				}
				patterns.add(pattern);
			}
		}
		int b = between.size();
		DMatrixRMaj products = new DMatrixRMaj(patterns.size(), b * (b + 1) / 2);
		int r = 0;
		for (List<Double> x : patterns) {
			int column = 0;
			for (int i = 0; i < b; i++) {
				for (int j = i; j < b; j++) {
					products.set(r, column++, x.get(i) * x.get(j));
				}
			}
			r++;
		}
		return MatrixFeatures_DDRM.rank(products);
	}

	private static String message(RandomEffectTerm term, List<Integer> between) {
		List<String> names = between.stream().map(term.columnNames()::get).toList();
		List<String> varying = names.stream().filter((name) -> !name.equals("(Intercept)")).toList();
		String slopes = String.join(", ", varying);
		return "in " + term.label() + ", the random " + ((varying.size() == 1) ? "slope " : "slopes ") + slopes
				+ " cannot be told apart from the rest of the term: " + slopes
				+ ((varying.size() == 1) ? " never varies" : " never vary") + " within a level of " + term.group()
				+ ", so the data fix the " + term.group() + " variance at each value of " + slopes
				+ " but not how it splits between " + String.join(" and ", names)
				+ "; the variances and correlations printed for them are one of many equally good answers"
				+ " (the fixed effects, their df and the likelihood are unaffected)";
	}

}
