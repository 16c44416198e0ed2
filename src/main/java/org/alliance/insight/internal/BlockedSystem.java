package org.alliance.insight.internal;

/**
 * The penalised system factored by block elimination. Each level {@code k} of the largest
 * grouping factor has a diagonal block {@code A_k = Λ_k'Z_k'Z_kΛ_k + I} ({@code m × m})
 * that couples only with the rest columns; eliminating it leaves the Schur complement
 * {@code S = Λ̃'W'WΛ̃ + I - Σ_k E_k'E_k} with {@code E_k = L_k^{-1} C̃_k}, factored by an
 * envelope (skyline) Cholesky. For nested designs (clients within therapists) {@code S}
 * stays sparse within its envelope, so one evaluation costs O(levels + therapists), never
 * O(rows), and no {@code n × n} or {@code q × q} matrix is formed. The last diagonal of
 * the factor is {@code r_θ}, the square root of the penalised RSS.
 */
public final class BlockedSystem implements PenalizedSystem {

	/**
	 * Largest rest part (random effects of the other factors plus fixed effects) handled.
	 */
	public static final int MAX_REST = 3000;

	private final BlockedCrossProducts products;

	private final BlockLayout layout;

	private final RelativeCovariance covariance;

	private final double[][] schur;

	private final BlockedSolver solver;

	/** The dense kernel, or null when the envelope kernel costs less. */
	private final DenseCholesky dense;

	private final boolean allScalar;

	private BlockedSolver.Factors kept;

	private BlockedGradient gradient;

	private boolean gradientReml;

	/**
	 * Computes the cross products.
	 * @param frame the model frame
	 */
	public BlockedSystem(ModelFrame frame) {
		this.layout = new BlockLayout(frame.terms(), frame.fixedCount());
		this.products = new BlockedCrossProducts(this.layout, frame);
		this.covariance = new RelativeCovariance(frame.terms());
		int r = this.layout.rest;
		this.schur = new double[r][];
		for (int i = 0; i < r; i++) {
			this.schur[i] = new double[i + 1];
		}
		this.solver = new BlockedSolver(this.layout, this.products);
		this.dense = denseIsCheaper(r, this.products.envelope) ? new DenseCholesky(r) : null;
		this.allScalar = frame.terms().stream().allMatch((term) -> term.columnCount() == 1);
	}

	/** Whether the rest is factored by the dense kernel (else by the envelope kernel). */
	boolean usesDenseKernel() {
		return this.dense != null;
	}

	/**
	 * Whether the dense kernel beats the envelope kernel on this envelope: it does about
	 * {@code r³/6} multiply-adds but runs them several times faster (in SIMD lanes and on
	 * two cores), so it wins once the envelope is a fair part of the triangle, as it is
	 * when the rest holds a crossed factor.
	 */
	static boolean denseIsCheaper(int r, int[] envelope) {
		double dense = (double) r * r * r / 6;
		return r >= 64 && SkylineCholesky.cost(r, envelope) * DENSE_SPEEDUP > dense;
	}

	/**
	 * How many times faster the dense kernel runs a multiply-add than the envelope
	 * kernel.
	 */
	private static final double DENSE_SPEEDUP = 6;

	/**
	 * Whether block elimination suits a model: its rest part must stay small enough to
	 * factor densely within its envelope.
	 * @param frame the model frame
	 * @return true when suitable
	 */
	public static boolean suits(ModelFrame frame) {
		return new BlockLayout(frame.terms(), frame.fixedCount()).rest <= MAX_REST;
	}

	@Override
	public Factorization factor(double[] theta) {
		double[][] templates = this.covariance.templates(theta);
		return eliminate(templates, null);
	}

	@Override
	public boolean differentiable() {
		return true;
	}

	@Override
	public Derivatives differentiate(double[] theta, boolean reml) {
		if (this.kept == null) {
			this.kept = this.solver.newFactors();
		}
		if (this.gradient == null || this.gradientReml != reml) {
			this.gradient = new BlockedGradient(this.layout, this.products, reml);
			this.gradientReml = reml;
		}
		double[][] templates = this.covariance.templates(theta);
		Factorization factorization = eliminate(templates, this.kept);
		if (!factorization.succeeded()) {
			return new Derivatives(factorization, null, null);
		}
		BlockedGradient.Parts parts = this.gradient.at(this.schur, this.kept, templates, this.covariance);
		return (parts == null) ? new Derivatives(factorization, null, null)
				: new Derivatives(factorization, parts.logDet(), parts.rss());
	}

	@Override
	public double[] fixedCovariance(double[] theta) {
		Factorization factorization = factor(theta);
		if (!factorization.succeeded()) {
			throw new IllegalStateException("the penalised system is not positive definite");
		}
		return factorization.fixedCovariance();
	}

	@Override
	public Solution solve(double[] theta) {
		double[][] templates = this.covariance.templates(theta);
		BlockedSolver.Factors factors = this.solver.newFactors();
		Factorization factorization = eliminate(templates, factors);
		return new BlockedBackSubstitution(this.layout, this.products).solve(factorization, factors, this.schur,
				templates);
	}

	private Factorization eliminate(double[][] templates, BlockedSolver.Factors keep) {
		int r = this.layout.rest;
		ScaledGram.fill(this.schur, this.products.restGram, this.products.envelope, this.layout, templates,
				this.allScalar);
		for (int i = 0; i < this.layout.restRandom; i++) {
			this.schur[i][i] += 1.0;
		}
		double logDetL = this.solver.eliminateBlocks(templates, this.schur, keep);
		if (Double.isNaN(logDetL)) {
			return Factorization.FAILED;
		}
		boolean positive = (this.dense != null) ? this.dense.factor(this.schur)
				: SkylineCholesky.factor(this.schur, r, this.products.envelope);
		if (!positive) {
			return Factorization.FAILED;
		}
		double logDetRX = 0;
		for (int i = 0; i < r - 1; i++) {
			double log = 2 * Math.log(this.schur[i][i]);
			if (i < this.layout.restRandom) {
				logDetL += log;
			}
			else {
				logDetRX += log;
			}
		}
		double root = this.schur[r - 1][r - 1];
		return new Factorization(logDetL, logDetRX, root * root,
				BlockedBackSubstitution.inverseOfProduct(this.schur, this.layout.restRandom, this.layout.fixed));
	}

}
