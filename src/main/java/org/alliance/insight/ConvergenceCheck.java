package org.alliance.insight;

import java.util.ArrayList;
import java.util.List;

import org.alliance.insight.internal.BoundedNelderMead;
import org.alliance.insight.internal.ProfiledDeviance;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

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

	static Convergence of(ProfiledDeviance deviance, BoundedNelderMead.Result result, double[] lower) {
		double[] theta = result.point();
		List<Integer> interior = new ArrayList<>();
		boolean singular = false;
		for (int i = 0; i < theta.length; i++) {
			if (theta[i] <= lower[i] + 1e-6) {
				singular = true;
			}
			else {
				interior.add(i);
			}
		}
		double scaled = scaledGradient(deviance, theta, lower, interior, result.value());
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
		return new Convergence(converged, result.evaluations(), scaled, singular, messages);
	}

	private static double scaledGradient(ProfiledDeviance deviance, double[] theta, double[] lower,
			List<Integer> interior, double centre) {
		int k = interior.size();
		if (k == 0) {
			return 0.0;
		}
		double[] h = new double[k];
		for (int a = 0; a < k; a++) {
			h[a] = 1e-4 * Math.max(1.0, Math.abs(theta[interior.get(a)]));
			int i = interior.get(a);
			// keep the central difference inside the bounds
			h[a] = Math.min(h[a], (theta[i] - lower[i]) / 2);
		}
		DMatrixRMaj gradient = new DMatrixRMaj(k, 1);
		DMatrixRMaj hessian = new DMatrixRMaj(k, k);
		for (int a = 0; a < k; a++) {
			double plus = shifted(deviance, theta, interior, a, h[a], -1, 0);
			double minus = shifted(deviance, theta, interior, a, -h[a], -1, 0);
			gradient.set(a, (plus - minus) / (2 * h[a]));
			hessian.set(a, a, (plus - 2 * centre + minus) / (h[a] * h[a]));
			for (int b = 0; b < a; b++) {
				double pp = shifted(deviance, theta, interior, a, h[a], b, h[b]);
				double pm = shifted(deviance, theta, interior, a, h[a], b, -h[b]);
				double mp = shifted(deviance, theta, interior, a, -h[a], b, h[b]);
				double mm = shifted(deviance, theta, interior, a, -h[a], b, -h[b]);
				double cross = (pp - pm - mp + mm) / (4 * h[a] * h[b]);
				hessian.set(a, b, cross);
				hessian.set(b, a, cross);
			}
		}
		DMatrixRMaj step = new DMatrixRMaj(k, 1);
		boolean solved = CommonOps_DDRM.solveSPD(hessian.copy(), gradient, step);
		DMatrixRMaj checked = solved ? step : gradient;
		double max = 0;
		for (int a = 0; a < k; a++) {
			max = Math.max(max, Math.abs(checked.get(a)));
		}
		return max;
	}

	private static double shifted(ProfiledDeviance deviance, double[] theta, List<Integer> interior, int a, double ha,
			int b, double hb) {
		double[] point = theta.clone();
		point[interior.get(a)] += ha;
		if (b >= 0) {
			point[interior.get(b)] += hb;
		}
		return deviance.at(point);
	}

}
