package org.alliance.insight;

import java.util.Map;

import org.alliance.insight.internal.JsonWriter;

/**
 * The JSON form of a fit: {@code fixef} (name → estimate, se, t, df, p),
 * {@code referenceLevels} (factor → level), {@code varcorr} (one entry per term plus the
 * residual, with variances, SDs and correlations), {@code logLik}, {@code remlCrit} or
 * {@code deviance}, {@code aic}, {@code bic}, {@code nobs}, {@code ngroups},
 * {@code converged}, {@code warnings} and the timings.
 */
final class ModelFitJson {

	private ModelFitJson() {
	}

	static String of(ModelFit fit, double readSeconds, double fitSeconds, boolean withModes) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("formula").value(fit.formula());
		json.name("criterion").value(fit.criterion().name());
		fixedEffects(json, fit);
		json.name("dfMethod").value("Satterthwaite");
		json.name("referenceLevels").beginObject();
		fit.referenceLevels().forEach((factor, level) -> json.name(factor).value(level));
		json.endObject();
		varianceComponents(json, fit);
		json.name("sigma").value(fit.sigma());
		json.name("logLik").value(fit.logLikelihood());
		json.name((fit.criterion() == Criterion.REML) ? "remlCrit" : "deviance").value(fit.objective());
		json.name("aic").value(fit.aic());
		json.name("bic").value(fit.bic());
		json.name("nobs").value(fit.observations());
		json.name("droppedRows").value(fit.droppedRows());
		json.name("ngroups").beginObject();
		for (Map.Entry<String, Integer> entry : fit.groups().entrySet()) {
			json.name(entry.getKey()).value(entry.getValue());
		}
		json.endObject();
		json.name("theta").values(fit.theta());
		convergence(json, fit.convergence());
		json.name("warnings").beginArray();
		fit.warnings().forEach(json::value);
		json.endArray();
		if (withModes) {
			modes(json, fit);
		}
		json.name("readSeconds").value(readSeconds);
		json.name("fitSeconds").value(fitSeconds);
		return json.endObject().toString();
	}

	private static void fixedEffects(JsonWriter json, ModelFit fit) {
		json.name("fixef").beginObject();
		for (FixedEffect effect : fit.fixedEffects()) {
			json.name(effect.name()).beginObject();
			json.name("estimate").value(effect.estimate());
			json.name("se").value(effect.standardError());
			json.name("t").value(effect.tValue());
			json.name("df").value(effect.degreesOfFreedom());
			json.name("p").value(effect.pValue());
			json.endObject();
		}
		json.endObject();
	}

	private static void varianceComponents(JsonWriter json, ModelFit fit) {
		json.name("varcorr").beginArray();
		for (VarianceComponent component : fit.varianceComponents()) {
			json.beginObject();
			json.name("group").value(component.group());
			json.name("terms").beginArray();
			component.names().forEach(json::value);
			json.endArray();
			json.name("variance").values(component.variances());
			json.name("sd").values(component.standardDeviations());
			json.name("corr").beginArray();
			int nc = component.names().size();
			for (int i = 0; i < nc; i++) {
				double[] row = new double[nc];
				for (int j = 0; j < nc; j++) {
					row[j] = component.correlation(i, j);
				}
				json.values(row);
			}
			json.endArray();
			json.endObject();
		}
		json.beginObject().name("group").value("Residual").name("terms").beginArray().endArray();
		json.name("variance").values(new double[] { fit.residualVariance() });
		json.name("sd").values(new double[] { fit.sigma() });
		json.endObject();
		json.endArray();
	}

	private static void convergence(JsonWriter json, Convergence convergence) {
		json.name("converged").value(convergence.converged());
		json.name("convergence").beginObject();
		json.name("evaluations").value(convergence.evaluations());
		json.name("maxScaledGradient").value(convergence.maxScaledGradient());
		json.name("singular").value(convergence.singular());
		json.name("messages").beginArray();
		convergence.messages().forEach(json::value);
		json.endArray().endObject();
	}

	private static void modes(JsonWriter json, ModelFit fit) {
		json.name("ranef").beginArray();
		for (ConditionalModes modes : fit.conditionalModes()) {
			json.beginObject().name("group").value(modes.group());
			json.name("terms").beginArray();
			modes.names().forEach(json::value);
			json.endArray();
			json.name("levels").beginArray();
			for (int level = 0; level < modes.levels().size(); level++) {
				json.beginObject().name("level").value(modes.levels().get(level));
				double[] mode = new double[modes.names().size()];
				double[] variance = new double[modes.names().size()];
				for (int c = 0; c < mode.length; c++) {
					mode[c] = modes.value(level, c);
					variance[c] = modes.conditionalVariance(level, c);
				}
				json.name("mode").values(mode).name("condVar").values(variance).endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
	}

}
