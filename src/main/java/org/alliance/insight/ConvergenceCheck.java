package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;

import org.alliance.insight.internal.BoundedNelderMead;
import org.alliance.insight.internal.FiniteDifferences;
import org.alliance.insight.internal.ThetaOptimizer;

/**
 * lme4's post-fit checks ({@code lmerControl(check.conv.grad = .makeCC("warning", tol =
 * 2e-3))}): a finite-difference gradient and Hessian of the criterion at the optimum, the
 * gradient scaled by the Hessian's inverse, and whether θ lies on its boundary (a
 * singular fit). Parameters on the boundary are left out of the gradient check.
 */
final class ConvergenceCheck {

	private static final double GRADIENT_TOLERANCE = 2e-3;

	private ConvergenceCheck() {
	}

	static Convergence of(ThetaOptimizer.Optimum optimum, int evaluations) {
		BoundedNelderMead.Result result = optimum.result();
		FiniteDifferences derivatives = optimum.derivatives();
		double scaled = derivatives.maxScaledGradient();
		boolean singular = derivatives.interior().length < result.point().length;
		List<String> messages = new ArrayList<>();
		if (!result.converged()) {
			messages.add("the optimiser reached its evaluation limit before converging");
		}
		if (scaled > GRADIENT_TOLERANCE) {
			messages.add(String.format("Model failed to converge with max|grad| = %.6g (tol = 0.002)", scaled));
		}
		if (singular) {
			messages.add("boundary (singular) fit: see help('isSingular')");
		}
		boolean converged = result.converged() && !(scaled > GRADIENT_TOLERANCE);
		return new Convergence(converged, evaluations, scaled, singular, messages);
	}

}
