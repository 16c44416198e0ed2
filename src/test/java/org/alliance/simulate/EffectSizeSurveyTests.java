package org.alliance.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Surveys the measured effects over many research clinics, to retune the planted effects
 * or to check that the tolerances of {@link PlantedEffectsTests} hold for any seed. Runs
 * only when asked: {@code mvn test -Dtest=EffectSizeSurveyTests -Dsimulate.survey=100}.
 */
@EnabledIfSystemProperty(named = "simulate.survey", matches = "\\d+")
class EffectSizeSurveyTests {

	private static final Map<String, ToDoubleFunction<MeasuredEffects>> EFFECTS = new LinkedHashMap<>();

	static {
		EFFECTS.put("client over therapist d (.63)", MeasuredEffects::clientOverTherapistD);
		EFFECTS.put("client-therapist r (.36)", MeasuredEffects::clientTherapistR);
		EFFECTS.put("rupture share (.46)", MeasuredEffects::ruptureShare);
		EFFECTS.put("dropout share", MeasuredEffects::dropoutShare);
		EFFECTS.put("stayed over dropout d (.55)", MeasuredEffects::stayedOverDropoutD);
		EFFECTS.put("alliance-improvement r (.28)", MeasuredEffects::earlyAllianceImprovementR);
		EFFECTS.put("empathy-improvement r (.28)", MeasuredEffects::earlyEmpathyImprovementR);
		EFFECTS.put("repair-improvement r (.29)", MeasuredEffects::repairImprovementR);
		EFFECTS.put("therapist ICC", MeasuredEffects::therapistIcc);
		EFFECTS.put("between-therapist slope", (e) -> e.outcomeRegression().betweenTherapists());
		EFFECTS.put("within-therapist slope", (e) -> e.outcomeRegression().withinTherapists());
		EFFECTS.put("ceiling share", MeasuredEffects::ceilingShare);
		EFFECTS.put("lagged within-client r", MeasuredEffects::laggedWithinClientR);
		EFFECTS.put("intake PHQ-9 mean (15)", (e) -> SampleStatistics.mean(e.intakePhq9()));
	}

	@Test
	void printsEffectSizesOverManySeeds() {
		int seeds = Integer.getInteger("simulate.survey");
		Map<String, List<Double>> values = new LinkedHashMap<>();
		for (long seed = 1; seed <= seeds; seed++) {
			MeasuredEffects effects = new MeasuredEffects(ClinicSimulator.simulate(SimulationSettings.research(seed)));
			EFFECTS.forEach((name, effect) -> values.computeIfAbsent(name, (k) -> new ArrayList<>())
				.add(effect.applyAsDouble(effects)));
		}
		values.forEach((name, v) -> System.out.printf("%-30s mean %.3f  min %.3f  max %.3f%n", name,
				SampleStatistics.mean(v), v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
				v.stream().mapToDouble(Double::doubleValue).max().orElseThrow()));
	}

}
