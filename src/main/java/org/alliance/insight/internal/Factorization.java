package org.alliance.insight.internal;

/**
 * What one evaluation of the profiled deviance needs from the Cholesky factor of the
 * penalised system (Bates et al. 2015, equations 18 and 34).
 *
 * @param logDetL {@code log |L_θ|²}
 * @param logDetRX {@code log |R_X|²}
 * @param penalizedRss {@code r²_θ}, the penalised residual sum of squares
 */
public record Factorization(double logDetL, double logDetRX, double penalizedRss) {

	/** A θ where the system is not positive definite. */
	static final Factorization FAILED = new Factorization(Double.NaN, Double.NaN, Double.NaN);

	/** Whether the factorisation succeeded. */
	public boolean succeeded() {
		return !Double.isNaN(this.penalizedRss);
	}

}
