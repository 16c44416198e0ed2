package org.alliance.insight.internal;

/**
 * The penalised least-squares system of a linear mixed model as a function of θ: the
 * Cholesky factor of {@code [Λ'Z'ZΛ + I, Λ'Z'X, Λ'Z'y; ., X'X, X'y; ., ., y'y]}. Two
 * implementations share one contract and must agree: a block-structured one for the usual
 * designs and a general sparse one.
 */
public sealed interface PenalizedSystem permits BlockedSystem, SparseSystem, MemoizedSystem {

	/**
	 * Factors the system.
	 * @param theta the relative covariance parameters
	 * @return the determinants and penalised RSS, or a failed factorisation
	 */
	Factorization factor(double[] theta);

	/**
	 * Factors the system and differentiates its parts over θ, where the system can.
	 * @param theta the relative covariance parameters
	 * @param reml whether the determinant part is REML's {@code log|L|² + log|R_X|²} or
	 * ML's {@code log|L|²}
	 * @return the factorisation, with null gradients where they are not available
	 */
	default Derivatives differentiate(double[] theta, boolean reml) {
		return new Derivatives(factor(theta), null, null);
	}

	/**
	 * Whether {@link #differentiate} gives exact gradients (off θ's boundary).
	 * @return true when it does
	 */
	default boolean differentiable() {
		return false;
	}

	/**
	 * A factorisation and the gradients of its parts.
	 *
	 * @param factorization the factorisation
	 * @param logDet the gradient of the determinant part, null when not available
	 * @param rss the gradient of the penalised residual sum of squares, null when not
	 * available
	 */
	record Derivatives(Factorization factorization, double[] logDet, double[] rss) {

		/** Whether the gradients are available, in part at least (NaN elsewhere). */
		public boolean available() {
			return this.logDet != null && this.factorization.succeeded();
		}

	}

	/**
	 * The unscaled covariance of the fixed effects, {@code (R_X'R_X)^{-1}}.
	 * @param theta the relative covariance parameters
	 * @return {@code p × p} row by row
	 * @throws IllegalStateException when the system is not positive definite
	 */
	double[] fixedCovariance(double[] theta);

	/**
	 * Factors and solves the system.
	 * @param theta the relative covariance parameters
	 * @return the solution, never null
	 */
	Solution solve(double[] theta);

}
