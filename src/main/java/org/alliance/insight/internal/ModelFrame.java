package org.alliance.insight.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a mixed model is fitted to: response, fixed-effects design and the
 * random-effects terms, over the rows with no missing model variable.
 *
 * @param y the response by row
 * @param x the fixed-effects design row by row ({@code n * p})
 * @param fixedNames the fixed-effects column names, as R names them
 * @param terms the random-effects terms in lme4's order (more levels first)
 * @param droppedRows the rows dropped for a missing value
 * @param referenceLevels the reference level of each factor coded by treatment contrasts
 * in the fixed effects, by factor
 */
public record ModelFrame(double[] y, double[] x, List<String> fixedNames, List<RandomEffectTerm> terms, int droppedRows,
		Map<String, String> referenceLevels) {

	public ModelFrame {
		fixedNames = List.copyOf(fixedNames);
		terms = List.copyOf(terms);
		referenceLevels = Collections.unmodifiableMap(new LinkedHashMap<>(referenceLevels));
	}

	/** The number of rows fitted. */
	public int rows() {
		return this.y.length;
	}

	/** The number of fixed effects. */
	public int fixedCount() {
		return this.fixedNames.size();
	}

}
