package org.alliance.insight.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Maps the parameter vector θ to the relative covariance factors: one lower-triangular
 * {@code nc × nc} template {@code T} per random-effects term, filled column by column
 * from θ as lme4 does, so that {@code Λ_θ} is block diagonal with {@code T} repeated once
 * per level and the term's covariance is {@code σ² T T'} (Bates et al. 2015, section
 * 2.2).
 */
public final class RelativeCovariance {

	private final int[] columnCounts;

	private final int[] offsets;

	private final int size;

	/**
	 * Describes the terms.
	 * @param terms the random-effects terms
	 */
	public RelativeCovariance(List<RandomEffectTerm> terms) {
		this.columnCounts = terms.stream().mapToInt(RandomEffectTerm::columnCount).toArray();
		this.offsets = new int[this.columnCounts.length];
		int total = 0;
		for (int t = 0; t < this.columnCounts.length; t++) {
			this.offsets[t] = total;
			total += this.columnCounts[t] * (this.columnCounts[t] + 1) / 2;
		}
		this.size = total;
	}

	/** The length of θ. */
	public int size() {
		return this.size;
	}

	/** lme4's start: identity templates. */
	public double[] start() {
		double[] theta = new double[this.size];
		for (int t = 0; t < this.columnCounts.length; t++) {
			int k = this.offsets[t];
			for (int j = 0; j < this.columnCounts[t]; j++) {
				theta[k] = 1.0;
				k += this.columnCounts[t] - j;
			}
		}
		return theta;
	}

	/**
	 * A scale per element of θ: the root mean square of the covariate its row of
	 * {@code T} multiplies (1 for an intercept), so that {@code θ · scale} is free of the
	 * covariate's units. Used only to shape the optimiser's search.
	 * @param terms the random-effects terms
	 * @return the scales, all positive
	 */
	public double[] scales(List<RandomEffectTerm> terms) {
		double[] scale = new double[this.size];
		for (int t = 0; t < terms.size(); t++) {
			RandomEffectTerm term = terms.get(t);
			int nc = this.columnCounts[t];
			double[] rms = new double[nc];
			int rows = term.levelOfRow().length;
			for (int row = 0; row < rows; row++) {
				for (int c = 0; c < nc; c++) {
					double value = term.value(row, c);
					rms[c] += value * value / rows;
				}
			}
			int k = this.offsets[t];
			for (int j = 0; j < nc; j++) {
				for (int i = j; i < nc; i++) {
					double root = Math.sqrt(rms[i]);
					scale[k++] = (root > 0 && Double.isFinite(root)) ? root : 1.0;
				}
			}
		}
		return scale;
	}

	/** Diagonal elements are at least zero; the others are free. */
	public double[] lowerBounds() {
		double[] lower = new double[this.size];
		Arrays.fill(lower, Double.NEGATIVE_INFINITY);
		for (int t = 0; t < this.columnCounts.length; t++) {
			int k = this.offsets[t];
			for (int j = 0; j < this.columnCounts[t]; j++) {
				lower[k] = 0.0;
				k += this.columnCounts[t] - j;
			}
		}
		return lower;
	}

	/**
	 * The template of a term.
	 * @param theta the parameters
	 * @param term the term index
	 * @return {@code T} row by row ({@code nc × nc}, zeros above the diagonal)
	 */
	public double[] template(double[] theta, int term) {
		int nc = this.columnCounts[term];
		double[] factor = new double[nc * nc];
		int k = this.offsets[term];
		for (int j = 0; j < nc; j++) {
			for (int i = j; i < nc; i++) {
				factor[i * nc + j] = theta[k++];
			}
		}
		return factor;
	}

	/** All templates. */
	public double[][] templates(double[] theta) {
		double[][] all = new double[this.columnCounts.length][];
		for (int t = 0; t < all.length; t++) {
			all[t] = template(theta, t);
		}
		return all;
	}

}
