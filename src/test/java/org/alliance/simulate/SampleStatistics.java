package org.alliance.simulate;

import java.util.Collection;
import java.util.List;

/**
 * Textbook estimators the tests use to recover planted effects from the data: Pearson's
 * r, Cohen's d with the pooled SD, and ICC(1) from a one-way ANOVA with unequal group
 * sizes (Shrout &amp; Fleiss 1979; n0 as in Snijders &amp; Bosker 2012).
 */
final class SampleStatistics {

	private SampleStatistics() {
	}

	static double mean(Collection<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	static double variance(Collection<Double> values) {
		double mean = mean(values);
		double sum = values.stream().mapToDouble((v) -> (v - mean) * (v - mean)).sum();
		return sum / (values.size() - 1);
	}

	static double pearson(List<Double> x, List<Double> y) {
		double mx = mean(x);
		double my = mean(y);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.size(); i++) {
			sxy += (x.get(i) - mx) * (y.get(i) - my);
			sxx += (x.get(i) - mx) * (x.get(i) - mx);
			syy += (y.get(i) - my) * (y.get(i) - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	/** Cohen's d of the first group over the second, with the pooled SD. */
	static double cohenD(List<Double> first, List<Double> second) {
		int n1 = first.size();
		int n2 = second.size();
		double pooled = ((n1 - 1) * variance(first) + (n2 - 1) * variance(second)) / (n1 + n2 - 2);
		return (mean(first) - mean(second)) / Math.sqrt(pooled);
	}

	/** ICC(1) = (MSB − MSW) / (MSB + (n0 − 1) MSW). */
	static double icc(List<List<Double>> groups) {
		List<Double> all = groups.stream().flatMap(List::stream).toList();
		double grand = mean(all);
		double ssb = 0;
		double ssw = 0;
		double sumSquaredSizes = 0;
		for (List<Double> group : groups) {
			double m = mean(group);
			ssb += group.size() * (m - grand) * (m - grand);
			ssw += group.stream().mapToDouble((v) -> (v - m) * (v - m)).sum();
			sumSquaredSizes += (double) group.size() * group.size();
		}
		int k = groups.size();
		int n = all.size();
		double msb = ssb / (k - 1);
		double msw = ssw / (n - k);
		double n0 = (n - sumSquaredSizes / n) / (k - 1);
		return (msb - msw) / (msb + (n0 - 1) * msw);
	}

}
