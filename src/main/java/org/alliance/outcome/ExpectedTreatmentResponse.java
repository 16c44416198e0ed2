package org.alliance.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted expected-treatment-response model (Finch, Lambert &amp; Schaalje 2001,
 * "Psychotherapy quality control: the statistical generation of recovery curves for
 * integration into an early warning system", <i>Clinical Psychology &amp;
 * Psychotherapy</i> 8:231-242): the linear mixed model
 * {@code score ~ log(session) * I(intake - c) + (1 + log(session) | client)}, whose fixed
 * part gives the expected score at a session for an intake score and whose random part,
 * with the residual, the spread of clients about it. The expected score at session
 * {@code s} for intake {@code I} is {@code x'β} with {@code x = (1, ln s, I − c,
 * ln s·(I − c))}; its tolerance band is {@code x'β ± z_q·√(z'Gz + σ²)} with
 * {@code z = (1, ln s)} and {@code z_q} the one-sided normal quantile (1.2816 for q =
 * 0.90).
 *
 * @param centre {@code c}, the intake score the intake is centred on
 * @param intercept {@code (Intercept)}: the expected score at session 1 for intake c
 * @param logSession {@code log(session)}: the change per unit of ln session for intake c
 * @param intake {@code I(intake - c)}: the shift per point of intake
 * @param logSessionByIntake {@code log(session):I(intake - c)}
 * @param interceptVariance G's variance of the client intercepts
 * @param covariance G's covariance of client intercepts and slopes
 * @param logSessionVariance G's variance of the client slopes on ln session
 * @param residualVariance σ²
 * @param clients the clients (episodes) the model was fitted on
 * @param observations the scores it was fitted on
 */
public record ExpectedTreatmentResponse(double centre, double intercept, double logSession, double intake,
		double logSessionByIntake, double interceptVariance, double covariance, double logSessionVariance,
		double residualVariance, int clients, int observations) {

	/** The one-sided quantile used unless a clinic sets another. */
	public static final double DEFAULT_QUANTILE = 0.90;

	/**
	 * The fixed effects as lme4 names them, in its order.
	 * @return e.g. {@code (Intercept)}, {@code log(session)}, {@code I(intake - 17)},
	 * {@code log(session):I(intake - 17)}; never null
	 */
	public Map<String, Double> fixedEffects() {
		Map<String, Double> named = new LinkedHashMap<>();
		named.put("(Intercept)", this.intercept);
		named.put("log(session)", this.logSession);
		named.put(intakeTerm(this.centre), this.intake);
		named.put("log(session):" + intakeTerm(this.centre), this.logSessionByIntake);
		return named;
	}

	/**
	 * G, the covariance of the client intercepts and slopes, as lme4's {@code VarCorr}.
	 * @return a new 2 × 2 matrix, rows and columns {@code (Intercept)},
	 * {@code log(session)}
	 */
	public double[][] g() {
		return new double[][] { { this.interceptVariance, this.covariance },
				{ this.covariance, this.logSessionVariance } };
	}

	/**
	 * The expected score and its band at one session.
	 * @param intakeScore the client's intake score
	 * @param session from 1
	 * @param quantile q, strictly between 0 and 1 (0.90 in Finch et al.)
	 * @return never null
	 */
	public ExpectedScore at(double intakeScore, int session, double quantile) {
		return at(intakeScore, session, quantile, NormalQuantile.of(quantile));
	}

	/**
	 * The expected scores and bands over a range of sessions.
	 * @param intakeScore the client's intake score
	 * @param first the first session, from 1
	 * @param last the last session, not before {@code first}
	 * @param quantile q, strictly between 0 and 1
	 * @return one per session, in order; never null
	 */
	public List<ExpectedScore> band(double intakeScore, int first, int last, double quantile) {
		if (first < 1 || last < first) {
			throw new IllegalArgumentException("sessions run from 1 upwards, not " + first + " to " + last);
		}
		double z = NormalQuantile.of(quantile);
		List<ExpectedScore> band = new ArrayList<>();
		for (int session = first; session <= last; session++) {
			band.add(at(intakeScore, session, quantile, z));
		}
		return band;
	}

	private ExpectedScore at(double intakeScore, int session, double quantile, double z) {
		if (session < 1) {
			throw new IllegalArgumentException("sessions are numbered from 1, not " + session);
		}
		double log = Math.log(session);
		double centred = intakeScore - this.centre;
		double mean = this.intercept + this.logSession * log + this.intake * centred
				+ this.logSessionByIntake * log * centred;
		double variance = this.interceptVariance + 2 * this.covariance * log + this.logSessionVariance * log * log
				+ this.residualVariance;
		double sd = Math.sqrt(variance);
		return new ExpectedScore(session, mean, sd, mean - z * sd, mean + z * sd);
	}

	/**
	 * Names the centred intake as R deparses it in a coefficient's name.
	 * @param centre c
	 * @return e.g. {@code I(intake - 17)} or {@code I(intake - 15.5)}
	 */
	static String intakeTerm(double centre) {
		return "I(intake - " + rNumber(centre) + ")";
	}

	/** A number as R deparses it: 15 significant digits, no trailing zeros. */
	static String rNumber(double value) {
		if (value == 0) {
			return "0";
		}
		return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
	}

}
