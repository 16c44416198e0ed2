package org.alliance.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliance.insight.Criterion;
import org.alliance.insight.DataTable;
import org.alliance.insight.Formula;
import org.alliance.insight.InvalidInputException;
import org.alliance.insight.MixedModel;
import org.alliance.insight.ModelFit;
import org.alliance.insight.NumericColumn;
import org.alliance.insight.TextColumn;
import org.alliance.insight.VarianceComponent;

/**
 * Fits {@code score ~ log(session) * I(intake - c) + (1 + log(session) | client)} by REML
 * with the statistics engine (Finch, Lambert &amp; Schaalje 2001). The engine's formula
 * language has no functions, so the design columns are built here and given lme4's names,
 * {@code log(session)} and {@code I(intake - c)}, as backquoted columns: the coefficients
 * then carry exactly the names lme4 prints.
 */
public final class EtrModel {

	private EtrModel() {
	}

	/**
	 * The formula as written for lme4.
	 * @param centre c
	 * @return e.g.
	 * {@code score ~ log(session) * I(intake - 17) + (1 + log(session) | client)}
	 */
	public static String formula(double centre) {
		String intake = ExpectedTreatmentResponse.intakeTerm(centre);
		return "score ~ log(session) * " + intake + " + (1 + log(session) | client)";
	}

	/**
	 * Fits the model.
	 * @param scores the scores, at least two per client for the slopes to be estimable
	 * @param centre c, the intake score the intake is centred on
	 * @return the fit, never null
	 * @throws InvalidInputException when the data cannot support the model (too few
	 * clients, no variation in intake or session)
	 */
	public static EtrFit fit(List<TreatmentScore> scores, double centre) {
		if (!Double.isFinite(centre)) {
			throw new InvalidInputException("the centre of the intake must be a finite number");
		}
		String intakeTerm = ExpectedTreatmentResponse.intakeTerm(centre);
		ModelFit fit = MixedModel.fit(table(scores, centre, intakeTerm),
				Formula.parse("score ~ `log(session)` * `" + intakeTerm + "` + (1 + `log(session)` | client)"),
				Criterion.REML);
		VarianceComponent g = fit.varianceComponents().get(0);
		ExpectedTreatmentResponse model = new ExpectedTreatmentResponse(centre,
				fit.fixedEffect("(Intercept)").estimate(), fit.fixedEffect("log(session)").estimate(),
				fit.fixedEffect(intakeTerm).estimate(), fit.fixedEffect("log(session):" + intakeTerm).estimate(),
				g.covariance(0, 0), covariance(g), g.covariance(1, 1), fit.residualVariance(),
				fit.groups().get("client"), fit.observations());
		List<String> warnings = new ArrayList<>(fit.convergence().messages());
		warnings.addAll(fit.warnings());
		return new EtrFit(model, fit.convergence().converged(), warnings);
	}

	/** The covariance, zero where a variance is zero (lme4's correlation is then NaN). */
	private static double covariance(VarianceComponent g) {
		double covariance = g.covariance(0, 1);
		return Double.isNaN(covariance) ? 0 : covariance;
	}

	private static DataTable table(List<TreatmentScore> scores, double centre, String intakeTerm) {
		int n = scores.size();
		Map<String, Integer> codes = new LinkedHashMap<>();
		int[] client = new int[n];
		double[] logSession = new double[n];
		double[] intake = new double[n];
		double[] score = new double[n];
		for (int row = 0; row < n; row++) {
			TreatmentScore one = scores.get(row);
			client[row] = codes.computeIfAbsent(one.client(), (k) -> codes.size());
			logSession[row] = Math.log(one.session());
			intake[row] = one.intake() - centre;
			score[row] = one.score();
		}
		return new DataTable(List.of(new TextColumn("client", client, List.copyOf(codes.keySet())),
				new NumericColumn("log(session)", logSession), new NumericColumn(intakeTerm, intake),
				new NumericColumn("score", score)));
	}

}
