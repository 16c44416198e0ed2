package org.alliance.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effect sizes a researcher would compute from a simulated clinic's data. Early
 * alliance is the mean client total over the first three checks; improvement is the first
 * minus the last PHQ-9 of the episode.
 */
final class MeasuredEffects {

	private final SimulatedClinic clinic;

	private final ClinicMeasures measures;

	MeasuredEffects(SimulatedClinic clinic) {
		this.clinic = clinic;
		this.measures = new ClinicMeasures(clinic);
	}

	/**
	 * Cohen's d of client over therapist alliance totals, session by session (Tryon et
	 * al. 2007).
	 */
	double clientOverTherapistD() {
		return SampleStatistics.cohenD(this.measures.all(this.measures.clientAlliance),
				this.measures.all(this.measures.therapistAlliance));
	}

	/** Pearson's r of client and therapist alliance totals, session by session. */
	double clientTherapistR() {
		return SampleStatistics.pearson(this.measures.all(this.measures.clientAlliance),
				this.measures.all(this.measures.therapistAlliance));
	}

	double ruptureShare() {
		long ruptured = this.clinic.truth().ruptures().stream().map(PlantedRupture::clientKey).distinct().count();
		return ruptured / (double) this.clinic.clients().size();
	}

	double dropoutShare() {
		return this.clinic.truth().dropouts().size() / (double) this.clinic.clients().size();
	}

	/**
	 * Cohen's d of the early alliance of clients who stayed over those who dropped out.
	 */
	double stayedOverDropoutD() {
		List<Double> dropouts = new ArrayList<>();
		List<Double> others = new ArrayList<>();
		this.measures.clientAlliance.forEach((client, series) -> {
			boolean dropout = "dropout".equals(this.measures.clients.get(client).endReason());
			(dropout ? dropouts : others).add(ClinicMeasures.early(series));
		});
		return SampleStatistics.cohenD(others, dropouts);
	}

	double earlyAllianceImprovementR() {
		return earlyImprovementR(this.measures.clientAlliance);
	}

	/** Client-rated empathy, alliance-check item 7. */
	double earlyEmpathyImprovementR() {
		return earlyImprovementR(this.measures.empathy);
	}

	private double earlyImprovementR(Map<String, List<Double>> series) {
		List<Double> early = new ArrayList<>();
		List<Double> improvement = new ArrayList<>();
		this.measures.improvement().forEach((client, change) -> {
			early.add(ClinicMeasures.early(series.get(client)));
			improvement.add(change);
		});
		return SampleStatistics.pearson(early, improvement);
	}

	/**
	 * Point-biserial r of repaired (1) or not (0) with improvement, among ruptured
	 * clients.
	 */
	double repairImprovementR() {
		Map<String, Double> improvement = this.measures.improvement();
		List<Double> repaired = new ArrayList<>();
		List<Double> change = new ArrayList<>();
		for (PlantedRupture rupture : this.clinic.truth().ruptures()) {
			if (improvement.containsKey(rupture.clientKey())) {
				repaired.add(rupture.repaired() ? 1.0 : 0.0);
				change.add(improvement.get(rupture.clientKey()));
			}
		}
		return SampleStatistics.pearson(repaired, change);
	}

	/** ICC(1) of early client alliance with clients nested in therapists. */
	double therapistIcc() {
		Map<String, List<Double>> byTherapist = new TreeMap<>();
		this.measures.clientAlliance.forEach((client, series) -> byTherapist
			.computeIfAbsent(this.measures.clients.get(client).therapistKey(), (k) -> new ArrayList<>())
			.add(ClinicMeasures.early(series)));
		return SampleStatistics.icc(new ArrayList<>(byTherapist.values()));
	}

	OutcomeRegression outcomeRegression() {
		return OutcomeRegression.of(this.measures);
	}

	/** Share of client checks with every item 1–6 at 5. */
	double ceilingShare() {
		List<Double> totals = this.measures.all(this.measures.clientAlliance);
		return totals.stream().filter((t) -> t == 5.0).count() / (double) totals.size();
	}

	/**
	 * Within clients: r of a session's alliance against the client's usual level with the
	 * next PHQ-9 change.
	 */
	double laggedWithinClientR() {
		List<Double> versusUsual = new ArrayList<>();
		List<Double> nextChange = new ArrayList<>();
		this.measures.clientAlliance.forEach((client, alliance) -> {
			List<Double> phq9 = this.measures.phq9.get(client);
			double usual = SampleStatistics.mean(alliance);
			for (int i = 0; i + 1 < alliance.size(); i++) {
				versusUsual.add(alliance.get(i) - usual);
				nextChange.add(phq9.get(i + 1) - phq9.get(i));
			}
		});
		return SampleStatistics.pearson(versusUsual, nextChange);
	}

	List<Double> intakePhq9() {
		return this.measures.phq9.values().stream().map((scores) -> scores.get(0)).toList();
	}

}
