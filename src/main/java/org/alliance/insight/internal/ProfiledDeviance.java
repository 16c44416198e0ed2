package org.alliance.insight.internal;

import org.alliance.insight.Criterion;

/**
 * The objective lme4 minimises over θ once β and σ are profiled out (Bates et al. 2015,
 * equations 34 and 41):
 * <ul>
 * <li>ML: {@code log|L|² + n (1 + log(2π r² / n))}</li>
 * <li>REML: {@code log|L|² + log|R_X|² + (n - p)(1 + log(2π r² / (n - p)))}</li>
 * </ul>
 */
public final class ProfiledDeviance {

	private final PenalizedSystem system;

	private final int rows;

	private final int fixed;

	private final Criterion criterion;

	/**
	 * Binds the objective to a system.
	 * @param system the penalised system
	 * @param rows the number of observations
	 * @param fixed the number of fixed effects
	 * @param criterion REML or ML
	 */
	public ProfiledDeviance(PenalizedSystem system, int rows, int fixed, Criterion criterion) {
		this.system = system;
		this.rows = rows;
		this.fixed = fixed;
		this.criterion = criterion;
	}

	/**
	 * Evaluates the objective.
	 * @param theta the relative covariance parameters
	 * @return the deviance or REML criterion, +∞ where the system is not positive
	 * definite
	 */
	public double at(double[] theta) {
		return of(this.system.factor(theta));
	}

	/**
	 * Evaluates the objective and, where the system can, its exact gradient
	 * ({@code ∂ log-determinant + ν ∂r² / r²}, ν the degrees of freedom).
	 * @param theta the relative covariance parameters
	 * @param gradient receives the gradient
	 * @return the objective, +∞ where the system is not positive definite, NaN in the
	 * gradient's first element when no gradient is available
	 */
	public double at(double[] theta, double[] gradient) {
		PenalizedSystem.Derivatives derivatives = this.system.differentiate(theta, this.criterion == Criterion.REML);
		double value = of(derivatives.factorization());
		if (!derivatives.available() || !Double.isFinite(value)) {
			java.util.Arrays.fill(gradient, Double.NaN);
			return value;
		}
		double rss = derivatives.factorization().penalizedRss();
		double degrees = degreesOfFreedom();
		for (int i = 0; i < gradient.length; i++) {
			gradient[i] = derivatives.logDet()[i] + degrees * derivatives.rss()[i] / rss;
		}
		return value;
	}

	/**
	 * The objective for a factorisation.
	 * @param factorization the factorisation at some θ
	 * @return the deviance or REML criterion
	 */
	public double of(Factorization factorization) {
		if (!factorization.succeeded()) {
			return Double.POSITIVE_INFINITY;
		}
		double degrees = degreesOfFreedom();
		double value = factorization.logDetL()
				+ degrees * (1 + Math.log(2 * Math.PI * factorization.penalizedRss() / degrees));
		return (this.criterion == Criterion.REML) ? value + factorization.logDetRX() : value;
	}

	/** {@code n} for ML, {@code n - p} for REML: the divisor of σ². */
	public double degreesOfFreedom() {
		return (this.criterion == Criterion.REML) ? this.rows - this.fixed : this.rows;
	}

}
