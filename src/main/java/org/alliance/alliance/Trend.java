package org.alliance.alliance;

import java.util.List;

/**
 * Ordinary least-squares slope of y on x.
 */
final class Trend {

	private Trend() {
	}

	/**
	 * The slope: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)².
	 * @return the slope, NaN with fewer than two distinct x
	 */
	static double slope(List<Double> x, List<Double> y) {
		double mx = mean(x);
		double my = mean(y);
		double sxy = 0;
		double sxx = 0;
		for (int i = 0; i < x.size(); i++) {
			sxy += (x.get(i) - mx) * (y.get(i) - my);
			sxx += (x.get(i) - mx) * (x.get(i) - mx);
		}
		return (sxx > 0) ? sxy / sxx : Double.NaN;
	}

	static double mean(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

}
