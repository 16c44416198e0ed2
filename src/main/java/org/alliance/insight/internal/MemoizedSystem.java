package org.alliance.insight.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the factorisations of the last θ evaluated, so that the finite differences of
 * the Satterthwaite degrees of freedom, taken at the same points as those of the
 * convergence check just before ({@link FiniteDifferences}, same steps), cost no new
 * factorisation. Keys are θ exactly, element by element.
 */
public final class MemoizedSystem implements PenalizedSystem {

	private static final int REMEMBERED = 128;

	private final PenalizedSystem system;

	private final Map<Key, Factorization> remembered = new LinkedHashMap<>(2 * REMEMBERED, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Factorization> eldest) {
			return size() > REMEMBERED;
		}
	};

	/**
	 * Wraps a system.
	 * @param system the system that factors
	 */
	public MemoizedSystem(PenalizedSystem system) {
		this.system = system;
	}

	private record Key(double[] theta) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Arrays.equals(this.theta, key.theta);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.theta);
		}

	}

	@Override
	public Factorization factor(double[] theta) {
		Key key = new Key(theta.clone());
		Factorization known = this.remembered.get(key);
		if (known == null) {
			known = this.system.factor(theta);
			this.remembered.put(key, known);
		}
		return known;
	}

	@Override
	public Derivatives differentiate(double[] theta, boolean reml) {
		Derivatives derivatives = this.system.differentiate(theta, reml);
		this.remembered.put(new Key(theta.clone()), derivatives.factorization());
		return derivatives;
	}

	@Override
	public boolean differentiable() {
		return this.system.differentiable();
	}

	@Override
	public double[] fixedCovariance(double[] theta) {
		Factorization factorization = factor(theta);
		if (factorization.succeeded() && factorization.fixedCovariance() != null) {
			return factorization.fixedCovariance();
		}
		return this.system.fixedCovariance(theta);
	}

	@Override
	public Solution solve(double[] theta) {
		return this.system.solve(theta);
	}

}
