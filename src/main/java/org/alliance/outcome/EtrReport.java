package org.alliance.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code alliance etr} prints: the fit and the band, as text or as JSON with the
 * keys {@code fixef} (by lme4's names), {@code G}, {@code sigma2} and {@code band}.
 *
 * @param fit the fit
 * @param centre c
 * @param intake the intake score of the band
 * @param quantile q
 * @param band the expected scores by session
 * @param readSeconds time to read the file
 * @param fitSeconds time to fit the model
 */
record EtrReport(EtrFit fit, double centre, double intake, double quantile, List<ExpectedScore> band,
		double readSeconds, double fitSeconds) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String text(String fileName) {
		ExpectedTreatmentResponse model = this.fit.model();
		StringBuilder text = new StringBuilder();
		text.append("Expected treatment response (Finch, Lambert & Schaalje 2001), fit by REML\n");
		text.append("Formula: ").append(EtrModel.formula(this.centre)).append('\n');
		text.append(String.format(Locale.ROOT, "Data: %s, %d scores of %d clients%n%n", fileName, model.observations(),
				model.clients()));
		text.append("Fixed effects:\n");
		model.fixedEffects()
			.forEach((name, value) -> text.append(String.format(Locale.ROOT, "  %-32s %12.6f%n", name, value)));
		double[][] g = model.g();
		text.append("\nG (covariance of the client intercepts and slopes):\n");
		text.append(String.format(Locale.ROOT, "  %-14s %12s %12s%n", "", "(Intercept)", "log(session)"));
		text.append(String.format(Locale.ROOT, "  %-14s %12.6f %12.6f%n", "(Intercept)", g[0][0], g[0][1]));
		text.append(String.format(Locale.ROOT, "  %-14s %12.6f %12.6f%n", "log(session)", g[1][0], g[1][1]));
		text.append(String.format(Locale.ROOT, "%nsigma2 (residual variance): %.6f%n", model.residualVariance()));
		text.append(String.format(Locale.ROOT, "%nBand for intake %s, one-sided q = %s (z = %.4f):%n",
				EtrCsv.number(this.intake), EtrCsv.number(this.quantile), NormalQuantile.of(this.quantile)));
		text.append(String.format(Locale.ROOT, "  %7s %9s %9s %9s %9s%n", "session", "mean", "sd", "lower", "upper"));
		for (ExpectedScore score : this.band) {
			text.append(String.format(Locale.ROOT, "  %7d %9.3f %9.3f %9.3f %9.3f%n", score.session(), score.mean(),
					score.sd(), score.lower(), score.upper()));
		}
		text.append(String.format(Locale.ROOT, "%nA score above upper is not on track.%nread %.3f s, fit %.3f s%n",
				this.readSeconds, this.fitSeconds));
		return text.toString();
	}

	String json() {
		ExpectedTreatmentResponse model = this.fit.model();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("formula", EtrModel.formula(this.centre));
		json.put("fixef", model.fixedEffects());
		json.put("G", model.g());
		json.put("sigma2", model.residualVariance());
		json.put("intake", this.intake);
		json.put("quantile", this.quantile);
		json.put("z", NormalQuantile.of(this.quantile));
		List<Map<String, Object>> rows = new ArrayList<>();
		for (ExpectedScore score : this.band) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("session", score.session());
			row.put("mean", score.mean());
			row.put("sd", score.sd());
			row.put("lower", score.lower());
			row.put("upper", score.upper());
			rows.add(row);
		}
		json.put("band", rows);
		json.put("nobs", model.observations());
		json.put("nclients", model.clients());
		json.put("converged", this.fit.converged());
		json.put("warnings", this.fit.warnings());
		json.put("readSeconds", this.readSeconds);
		json.put("fitSeconds", this.fitSeconds);
		return JSON.writeValueAsString(json);
	}

}
