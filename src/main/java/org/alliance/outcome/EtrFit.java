package org.alliance.outcome;

import java.util.List;

/**
 * A fit of the expected-treatment-response model with what the engine said about it.
 *
 * @param model the fitted model, never null
 * @param converged whether the optimiser converged and lme4's gradient check passed
 * @param warnings what the user must know (non-convergence, a singular fit), in lme4's
 * words; empty when none
 */
public record EtrFit(ExpectedTreatmentResponse model, boolean converged, List<String> warnings) {

	public EtrFit {
		warnings = List.copyOf(warnings);
	}

}
