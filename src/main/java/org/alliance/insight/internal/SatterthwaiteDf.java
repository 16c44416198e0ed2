package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.alliance.insight.Criterion;
import org.ejml.data.DMatrixRMaj;

/**
 * Satterthwaite's (1946) degrees of freedom for each fixed effect, as lmerTest computes
 * them (Kuznetsova, Brockhoff &amp; Christensen 2017, JSS 82(13), section 3.2): with the
 * variance parameters {@code v = (θ, σ)}, their asymptotic covariance {@code A = 2 H⁺}
 * from the Hessian {@code H} of the (unprofiled) deviance, and {@code f(v) = Var(β̂_j) =
 * σ² [(R_X'R_X)^{-1}]_jj}, {@code df_j = 2 f² / (∇f' A ∇f)}. θ elements on their boundary
 * (a singular fit) are held fixed.
 * <p>
 * {@code H⁺} is the Moore-Penrose inverse over the eigenvalues that are clearly positive,
 * as lmerTest's {@code as_lmerModLmerTest} takes it: when the variance parameters are not
 * all identified (a random slope of a variable that never varies within a group), the
 * deviance is flat along some direction, H is singular there, and Var(β̂) is flat along
 * the same direction, so the df are still well defined. Derivatives are plain central
 * differences when H is well conditioned; otherwise they are refined by Richardson
 * extrapolation, as numDeriv's are in lmerTest, so that a null eigenvalue comes out as
 * near zero and not as rounding noise.
 */
public final class SatterthwaiteDf {

	/** Below this ratio of smallest to largest eigenvalue H is refined. */
	private static final double WELL_CONDITIONED = 1e-4;

	/** After refinement, eigenvalues below this share of the largest are null. */
	private static final double NULL_EIGENVALUE = 1e-6;

	private final PenalizedSystem system;

	private final int rows;

	private final int fixed;

	private final Criterion criterion;

	/**
	 * The degrees of freedom and how many directions of the variance parameters the data
	 * do not identify.
	 *
	 * @param df per fixed effect; NaN where they cannot be computed
	 * @param unidentified the number of null eigenvalues of the Hessian left out
	 */
	public record Estimate(double[] df, int unidentified) {
	}

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
	 * @return the df, never null
	 */
	public Estimate compute(double[] theta, double sigma, double[] lower) {
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
		bound[k - 1] = 0;
		ToDoubleFunction<double[]> deviance = (v) -> deviance(v, theta, free);
		Function<double[], double[]> variances = (v) -> variances(v, theta, free);
		FiniteDifferences plain = FiniteDifferences.at(deviance, point, deviance.applyAsDouble(point), bound);
		if (plain.interior().length != k) {
			return new Estimate(nans(), 0);
		}
		GeneralisedInverse inverse = GeneralisedInverse.of(plain.hessian(), 0);
		double[][] jacobian;
		if (inverse.conditioning() > WELL_CONDITIONED) {
			jacobian = centralJacobian(variances, point, bound);
		}
		else {
			inverse = GeneralisedInverse.of(RichardsonDerivatives.hessian(deviance, point, bound), NULL_EIGENVALUE);
			jacobian = RichardsonDerivatives.jacobian(variances, point, bound);
		}
		return new Estimate(degrees(variances.apply(point), jacobian, inverse.inverse()), inverse.nullity());
	}

	/**
	 * The degrees of freedom from exact gradients at the optimum and at the steps of
	 * their central differences ({@link GradientDifferences}), with the σ derivatives in
	 * closed form: for the deviance {@code d = D(θ) + ν log(2πσ²) + r²(θ)/σ²} (D the
	 * determinant part), {@code ∂d/∂θ = ∂D + ∂r²/σ²}, {@code ∂²d/∂θ∂σ = -2 ∂r²/σ³},
	 * {@code ∂²d/∂σ² = -2ν/σ² + 6r²/σ⁴}; for {@code f_j = σ² C_jj(θ)},
	 * {@code ∂f_j/∂σ = 2σ C_jj}. No factorisation beyond the stencil's.
	 * @param stencil the derivatives at and around θ
	 * @param sigma σ at the optimum
	 * @return the df, or null when the Hessian is not clearly positive definite (the
	 * finite-difference path with Richardson refinement handles that case)
	 */
	public Estimate compute(GradientDifferences stencil, double sigma) {
		int free = stencil.interior().length;
		int k = free + 1;
		double degrees = (this.criterion == Criterion.REML) ? this.rows - this.fixed : this.rows;
		double s2 = sigma * sigma;
		DMatrixRMaj hessian = new DMatrixRMaj(k, k);
		for (int a = 0; a < free; a++) {
			for (int b = 0; b < free; b++) {
				int i = stencil.interior()[b];
				double up = thetaGradient(stencil.plus()[a], i, s2);
				double down = thetaGradient(stencil.minus()[a], i, s2);
				hessian.set(b, a, (up - down) / (2 * stencil.steps()[a]));
			}
			double cross = -2 * stencil.center().rss()[stencil.interior()[a]] / (s2 * sigma);
			hessian.set(a, k - 1, cross);
			hessian.set(k - 1, a, cross);
		}
		double rss = stencil.center().factorization().penalizedRss();
		hessian.set(k - 1, k - 1, -2 * degrees / s2 + 6 * rss / (s2 * s2));
		GradientDifferences.symmetrize(hessian);
		GeneralisedInverse inverse = GeneralisedInverse.of(hessian, 0);
		if (!(inverse.conditioning() > WELL_CONDITIONED)) {
			return null;
		}
		double[] center = stencil.center().factorization().fixedCovariance();
		double[] variance = new double[this.fixed];
		double[][] jacobian = new double[this.fixed][k];
		for (int j = 0; j < this.fixed; j++) {
			int jj = j * this.fixed + j;
			variance[j] = s2 * center[jj];
			for (int a = 0; a < free; a++) {
				double up = stencil.plus()[a].factorization().fixedCovariance()[jj];
				double down = stencil.minus()[a].factorization().fixedCovariance()[jj];
				jacobian[j][a] = s2 * (up - down) / (2 * stencil.steps()[a]);
			}
			jacobian[j][k - 1] = 2 * sigma * center[jj];
		}
		return new Estimate(degrees(variance, jacobian, inverse.inverse()), inverse.nullity());
	}

	private static double thetaGradient(PenalizedSystem.Derivatives derivatives, int i, double s2) {
		return derivatives.logDet()[i] + derivatives.rss()[i] / s2;
	}

	private double[] degrees(double[] variance, double[][] jacobian, DMatrixRMaj inverse) {
		int k = inverse.numRows;
		double[] df = new double[this.fixed];
		for (int j = 0; j < this.fixed; j++) {
			double quadratic = 0;
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					quadratic += jacobian[j][a] * 2 * inverse.get(a, b) * jacobian[j][b];
				}
			}
			df[j] = (quadratic > 0) ? 2 * variance[j] * variance[j] / quadratic : Double.NaN;
		}
		return df;
	}

	private double[] nans() {
		double[] df = new double[this.fixed];
		Arrays.fill(df, Double.NaN);
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

	/** Var(β̂_j) = σ² [(R_X'R_X)^{-1}]_jj for every j, at the free θ and σ. */
	private double[] variances(double[] v, double[] theta, List<Integer> free) {
		double sigma = v[v.length - 1];
		double[] covariance = this.system.fixedCovariance(withFree(v, theta, free));
		double[] variances = new double[this.fixed];
		for (int j = 0; j < this.fixed; j++) {
			variances[j] = sigma * sigma * covariance[j * this.fixed + j];
		}
		return variances;
	}

	private static double[] withFree(double[] v, double[] theta, List<Integer> free) {
		double[] full = theta.clone();
		for (int a = 0; a < free.size(); a++) {
			full[free.get(a)] = v[a];
		}
		return full;
	}

	/** ∂ Var(β̂_j) / ∂v by central differences, {@code [j][parameter]}. */
	private double[][] centralJacobian(Function<double[], double[]> variances, double[] point, double[] bound) {
		int k = point.length;
		double[][] jacobian = new double[this.fixed][k];
		for (int a = 0; a < k; a++) {
			double h = Math.min(1e-4 * Math.max(1.0, Math.abs(point[a])), (point[a] - bound[a]) / 2);
			double[] plus = point.clone();
			double[] minus = point.clone();
			plus[a] += h;
			minus[a] -= h;
			double[] up = variances.apply(plus);
			double[] down = variances.apply(minus);
			for (int j = 0; j < this.fixed; j++) {
				jacobian[j][a] = (up[j] - down[j]) / (2 * h);
			}
		}
		return jacobian;
	}

}
