package org.alliance.insight.internal;

import java.util.List;

/**
 * A model variable over the rows kept for fitting: a numeric covariate or a factor.
 */
sealed interface Variable permits Variable.Covariate, Variable.Factor {

	String name();

	/**
	 * A numeric variable.
	 *
	 * @param name the column
	 * @param values the value by kept row
	 */
	record Covariate(String name, double[] values) implements Variable {
	}

	/**
	 * A factor; levels are sorted as R sorts the levels of a character or numeric column.
	 *
	 * @param name the column
	 * @param codes the level index by kept row
	 * @param levels the level labels
	 */
	record Factor(String name, int[] codes, List<String> levels) implements Variable {

		public Factor {
			levels = List.copyOf(levels);
		}

	}

}
