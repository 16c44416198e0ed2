package org.alliance.insight;

import java.util.List;

/**
 * The conditional modes (BLUPs) of one random-effects term, {@code b = Λ_θ û}, with their
 * conditional covariances {@code σ² T V T'}, V the level's block of {@code (Λ'Z'ZΛ +
 * I)^{-1}} (conditional on the fixed effects, as lme4's {@code ranef(condVar = TRUE)}).
 *
 * @param group the grouping factor
 * @param names the term's columns
 * @param levels the grouping factor's levels
 * @param values the modes, level by level ({@code levels × nc})
 * @param conditionalCovariances per level {@code nc × nc}, or null when not computed
 * (very large crossed designs)
 */
public record ConditionalModes(String group, List<String> names, List<String> levels, double[] values,
		double[] conditionalCovariances) {

	public ConditionalModes {
		names = List.copyOf(names);
		levels = List.copyOf(levels);
	}

	/**
	 * One mode.
	 * @param level the level index
	 * @param column the column index
	 * @return the conditional mode
	 */
	public double value(int level, int column) {
		return this.values[level * this.names.size() + column];
	}

	/**
	 * One conditional variance.
	 * @param level the level index
	 * @param column the column index
	 * @return the conditional variance, NaN when not computed
	 */
	public double conditionalVariance(int level, int column) {
		int nc = this.names.size();
		return (this.conditionalCovariances == null) ? Double.NaN
				: this.conditionalCovariances[level * nc * nc + column * nc + column];
	}

}
