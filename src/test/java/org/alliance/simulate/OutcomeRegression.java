package org.alliance.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits early client alliance into the therapist's mean and the client's deviation from
 * it and regresses PHQ-9 improvement on each (Baldwin, Wampold &amp; Imel 2007). The two
 * parts are uncorrelated by construction, so each slope is a simple regression slope.
 *
 * @param betweenTherapists PHQ-9 points of improvement per alliance point of the
 * therapist's mean
 * @param withinTherapists PHQ-9 points per alliance point of the client's deviation
 */
record OutcomeRegression(double betweenTherapists, double withinTherapists) {

	static OutcomeRegression of(ClinicMeasures measures) {
		Map<String, List<Double>> byTherapist = new TreeMap<>();
		measures.clientAlliance.forEach((client, series) -> byTherapist
			.computeIfAbsent(measures.clients.get(client).therapistKey(), (k) -> new ArrayList<>())
			.add(ClinicMeasures.early(series)));
		List<Double> between = new ArrayList<>();
		List<Double> within = new ArrayList<>();
		List<Double> improvement = new ArrayList<>();
		measures.improvement().forEach((client, change) -> {
			double therapistMean = SampleStatistics.mean(byTherapist.get(measures.clients.get(client).therapistKey()));
			between.add(therapistMean);
			within.add(ClinicMeasures.early(measures.clientAlliance.get(client)) - therapistMean);
			improvement.add(change);
		});
		return new OutcomeRegression(slope(between, improvement), slope(within, improvement));
	}

	private static double slope(List<Double> x, List<Double> y) {
		return SampleStatistics.pearson(x, y) * Math.sqrt(SampleStatistics.variance(y) / SampleStatistics.variance(x));
	}

}
