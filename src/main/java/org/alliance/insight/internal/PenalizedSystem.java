package org.alliance.insight.internal;

/**
 * The penalised least-squares system of a linear mixed model as a function of θ: the
 * Cholesky factor of {@code [Λ'Z'ZΛ + I, Λ'Z'X, Λ'Z'y; ., X'X, X'y; ., ., y'y]}. Two
 * implementations share one contract and must agree: a block-structured one for the usual
 * designs and a general sparse one.
 */
public sealed interface PenalizedSystem permits BlockedSystem, SparseSystem {

	/**
	 * Factors the system.
	 * @param theta the relative covariance parameters
	 * @return the determinants and penalised RSS, or a failed factorisation
	 */
	Factorization factor(double[] theta);

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
