package org.alliance.insight.internal;

/**
 * Two-sided p-values of Student's t distribution through the regularised incomplete beta
 * function, {@code P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2)} (Abramowitz &amp; Stegun 26.7.1
 * and 26.5.8), evaluated by Lentz's continued fraction with a Lanczos log-gamma, as in
 * Press et al., <i>Numerical Recipes</i>, 3rd ed., sections 6.1 and 6.4.
 */
public final class StudentT {

	private static final double[] LANCZOS = { 57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
			-0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
			.158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
			.844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5 };

	private StudentT() {
	}

	/**
	 * The two-sided p-value.
	 * @param t the t statistic
	 * @param df the degrees of freedom, positive
	 * @return {@code P(|T| ≥ |t|)}, NaN when df is not a positive number
	 */
	public static double twoSidedP(double t, double df) {
		if (!(df > 0) || Double.isNaN(t)) {
			return Double.NaN;
		}
		return incompleteBeta(df / 2, 0.5, df / (df + t * t));
	}

	static double logGamma(double x) {
		double y = x;
		double tmp = x + 5.24218750000000000;
		tmp = (x + 0.5) * Math.log(tmp) - tmp;
		double series = 0.999999999999997092;
		for (double coefficient : LANCZOS) {
			series += coefficient / ++y;
		}
		return tmp + Math.log(2.5066282746310005 * series / x);
	}

	/** The regularised incomplete beta function {@code I_x(a, b)}. */
	static double incompleteBeta(double a, double b, double x) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * continuedFraction(a, b, x) / a;
		}
		return 1 - front * continuedFraction(b, a, 1 - x) / b;
	}

	private static double continuedFraction(double a, double b, double x) {
		double tiny = 1e-300;
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
		double h = d;
		for (int m = 1; m <= 10_000; m++) {
			int m2 = 2 * m;
			double aa = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
			d = 1 + aa * d;
			d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
			c = 1 + aa / c;
			c = (Math.abs(c) < tiny) ? tiny : c;
			h *= d * c;
			aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
			d = 1 + aa * d;
			d = 1 / ((Math.abs(d) < tiny) ? tiny : d);
			c = 1 + aa / c;
			c = (Math.abs(c) < tiny) ? tiny : c;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < 1e-15) {
				break;
			}
		}
		return h;
	}

}
