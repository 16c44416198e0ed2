package org.alliance.insight;

import java.util.List;

/**
 * How the optimisation of θ ended, with lme4's checks: the optimiser's own convergence,
 * the scaled gradient {@code H^{-1} g} of the criterion at the optimum (lme4 warns above
 * 0.002) and whether the fit is singular (a variance on its boundary of zero).
 *
 * @param converged whether the optimiser converged and the gradient check passed
 * @param evaluations how many times the criterion was evaluated
 * @param maxScaledGradient the largest absolute scaled gradient over interior parameters
 * @param singular whether some θ diagonal element is at zero
 * @param messages warnings in lme4's words, empty when none
 */
public record Convergence(boolean converged, int evaluations, double maxScaledGradient, boolean singular,
		List<String> messages) {

	public Convergence {
		messages = List.copyOf(messages);
	}

}
