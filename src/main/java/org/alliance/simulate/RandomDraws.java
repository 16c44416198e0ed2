package org.alliance.simulate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one random stream of a simulation. Draws are consumed in a fixed order, and normal
 * draws use {@link StrictMath} so every JVM produces the same numbers from the same seed.
 */
final class RandomDraws {

	private final SplittableRandom random;

	RandomDraws(long seed) {
		this.random = new SplittableRandom(seed);
	}

	double uniform(double low, double high) {
		return low + (high - low) * this.random.nextDouble();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	int between(int low, int highInclusive) {
		return low + this.random.nextInt(highInclusive - low + 1);
	}

	/**
	 * Box–Muller transform; one uniform pair per draw keeps the consumption order simple.
	 */
	double normal(double mean, double sd) {
		double u1 = 1.0 - this.random.nextDouble();
		double u2 = this.random.nextDouble();
		return mean + sd * StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
	}

	<T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

}
