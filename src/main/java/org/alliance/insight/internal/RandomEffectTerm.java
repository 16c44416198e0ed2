package org.alliance.insight.internal;

import java.util.List;

/**
 * The design of one random-effects term {@code (effects | group)}: for every row its
 * level of the grouping factor and its {@code nc} random-effects covariates.
 *
 * @param group the grouping factor's label, e.g. {@code client:therapist}
 * @param columnNames the names of the term's columns, e.g. {@code (Intercept), session}
 * @param levels the grouping factor's level labels, in lme4's order
 * @param levelOfRow the level index of every row
 * @param values the covariates row by row ({@code n * nc}), or null when the term is a
 * plain random intercept
 * @param label the term as the formula writes it after expansion, e.g.
 * {@code (1 + arm | client)}
 */
public record RandomEffectTerm(String group, List<String> columnNames, List<String> levels, int[] levelOfRow,
		double[] values, String label) {

	public RandomEffectTerm {
		columnNames = List.copyOf(columnNames);
		levels = List.copyOf(levels);
	}

	/** The number of columns per level. */
	public int columnCount() {
		return this.columnNames.size();
	}

	/** The number of levels of the grouping factor. */
	public int levelCount() {
		return this.levels.size();
	}

	/** The covariate of a row and column. */
	public double columnValue(int row, int column) {
		return value(row, column);
	}

	double value(int row, int column) {
		return (this.values == null) ? 1.0 : this.values[row * columnCount() + column];
	}

}
