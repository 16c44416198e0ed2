package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;

import org.alliance.insight.Criterion;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Satterthwaite's (1946) degrees of freedom for each fixed effect, as lmerTest computes
 * them (Kuznetsova, Brockhoff &amp; Christensen 2017, JSS 82(13), section 3.2): with the
 * variance parameters {@code v = (θ, σ)}, their asymptotic covariance {@code A = 2
 * H^{-1}} from the Hessian {@code H} of the (unprofiled) deviance, and {@code f(v) =
 * Var(β̂_j) = σ² [(R_X'R_X)^{-1}]_jj}, {@code df_j = 2 f² / (∇f' A ∇f)}. Derivatives are
 * central finite differences; θ elements on their boundary (a singular fit) are held
 * fixed.
 */
public final class SatterthwaiteDf {

	private final PenalizedSystem system;

	private final int rows;

	private final int fixed;

	private final Criterion criterion;

	/**
	 * Binds the computation to a system.
	 * @param system the penalised system
	 * @param rows observations
	 * @param fixed fixed effects
	 * @param criterion REML or ML
	 */
	public SatterthwaiteDf(PenalizedSystem system, int rows, int fixed, Criterion criterion) {
		this.system = system;
		this.rows = rows;
		this.fixed = fixed;
		this.criterion = criterion;
	}

	/**
	 * The degrees of freedom of every fixed effect.
	 * @param theta θ at the optimum
	 * @param sigma σ at the optimum
	 * @param lower θ's lower bounds
	 * @return df per fixed effect; NaN where the Hessian is not positive definite
	 */
	public double[] compute(double[] theta, double sigma, double[] lower) {
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < theta.length; i++) {
			if (theta[i] > lower[i] + FiniteDifferences.BOUNDARY) {
				free.add(i);
			}
		}
		int k = free.size() + 1;
		double[] point = new double[k];
		double[] bound = new double[k];
		for (int a = 0; a < free.size(); a++) {
			point[a] = theta[free.get(a)];
			bound[a] = lower[free.get(a)];
		}
		point[k - 1] = sigma;
		FiniteDifferences derivatives = FiniteDifferences.at((v) -> deviance(v, theta, free), point,
				deviance(point, theta, free), bound);
		double[] df = new double[this.fixed];
		DMatrixRMaj covariance = new DMatrixRMaj(k, k);
		if (derivatives.interior().length != k || !CommonOps_DDRM.invertSPD(derivatives.hessian().copy(), covariance)) {
			java.util.Arrays.fill(df, Double.NaN);
			return df;
		}
		CommonOps_DDRM.scale(2.0, covariance);
		double[][] gradients = varianceGradients(point, bound, theta, free);
		double[] centre = this.system.fixedCovariance(theta);
		for (int j = 0; j < this.fixed; j++) {
			double variance = sigma * sigma * centre[j * this.fixed + j];
			double quadratic = 0;
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					quadratic += gradients[j][a] * covariance.get(a, b) * gradients[j][b];
				}
			}
			df[j] = 2 * variance * variance / quadratic;
		}
		return df;
	}

	/** −2 log-likelihood (or REML) as a function of the free θ and σ. */
	private double deviance(double[] v, double[] theta, List<Integer> free) {
		double sigma = v[v.length - 1];
		if (!(sigma > 0)) {
			return Double.POSITIVE_INFINITY;
		}
		Factorization factorization = this.system.factor(withFree(v, theta, free));
		if (!factorization.succeeded()) {
			return Double.POSITIVE_INFINITY;
		}
		double degrees = (this.criterion == Criterion.REML) ? this.rows - this.fixed : this.rows;
		double value = factorization.logDetL() + degrees * Math.log(2 * Math.PI * sigma * sigma)
				+ factorization.penalizedRss() / (sigma * sigma);
		return (this.criterion == Criterion.REML) ? value + factorization.logDetRX() : value;
	}

	private static double[] withFree(double[] v, double[] theta, List<Integer> free) {
		double[] full = theta.clone();
		for (int a = 0; a < free.size(); a++) {
			full[free.get(a)] = v[a];
		}
		return full;
	}

	/** ∂ Var(β̂_j) / ∂v for every j: finite differences over θ, exact over σ. */
	private double[][] varianceGradients(double[] point, double[] bound, double[] theta, List<Integer> free) {
		int k = point.length;
		double sigma = point[k - 1];
		double[][] gradients = new double[this.fixed][k];
		for (int a = 0; a < k - 1; a++) {
			double h = Math.min(1e-4 * Math.max(1.0, Math.abs(point[a])), (point[a] - bound[a]) / 2);
			double[] plus = point.clone();
			double[] minus = point.clone();
			plus[a] += h;
			minus[a] -= h;
			double[] up = this.system.fixedCovariance(withFree(plus, theta, free));
			double[] down = this.system.fixedCovariance(withFree(minus, theta, free));
			for (int j = 0; j < this.fixed; j++) {
				gradients[j][a] = sigma * sigma * (up[j * this.fixed + j] - down[j * this.fixed + j]) / (2 * h);
			}
		}
		double[] centre = this.system.fixedCovariance(theta);
		for (int j = 0; j < this.fixed; j++) {
			gradients[j][k - 1] = 2 * sigma * centre[j * this.fixed + j];
		}
		return gradients;
	}

}
