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
