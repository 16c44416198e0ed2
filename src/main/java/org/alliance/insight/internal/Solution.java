package org.alliance.insight.internal;

/**
 * The solution of the penalised system at the optimum θ.
 *
 * @param factorization the determinants and penalised residual sum of squares
 * @param beta the fixed effects
 * @param u the spherical random effects in lme4's order (term, then level, then column)
 * @param fixedCovariance {@code (R_X' R_X)^{-1}} row by row ({@code p × p}); times σ² it
 * is the covariance of the fixed effects
 * @param conditionalCovariance per term, per level, the {@code nc × nc} block of
 * {@code (Λ'Z'ZΛ + I)^{-1}} (times σ² and scaled by {@code T} it is the conditional
 * covariance of the random effects); null when the system was too large to invert
 */
public record Solution(Factorization factorization, double[] beta, double[] u, double[] fixedCovariance,
		double[][] conditionalCovariance) {

}
