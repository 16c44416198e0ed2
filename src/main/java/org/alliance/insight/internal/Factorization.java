package org.alliance.insight.internal;

/**
 * What one evaluation of the profiled deviance needs from the Cholesky factor of the
 * penalised system (Bates et al. 2015, equations 18 and 34).
 *
 * @param logDetL {@code log |L_θ|²}
 * @param logDetRX {@code log |R_X|²}
 * @param penalizedRss {@code r²_θ}, the penalised residual sum of squares
 * @param fixedCovariance {@code (R_X'R_X)^{-1}} row by row when the system computes it
 * with the factorisation (it costs {@code p³}, nothing beside the factorisation), else
 * null
 */
public record Factorization(double logDetL, double logDetRX, double penalizedRss, double[] fixedCovariance) {

	/** A θ where the system is not positive definite. */
	static final Factorization FAILED = new Factorization(Double.NaN, Double.NaN, Double.NaN, null);

	/**
	 * A factorisation without the fixed-effects covariance.
	 * @param logDetL {@code log |L_θ|²}
	 * @param logDetRX {@code log |R_X|²}
	 * @param penalizedRss {@code r²_θ}
	 */
	public Factorization(double logDetL, double logDetRX, double penalizedRss) {
		this(logDetL, logDetRX, penalizedRss, null);
	}

	/** Whether the factorisation succeeded. */
	public boolean succeeded() {
		return !Double.isNaN(this.penalizedRss);
	}

}
