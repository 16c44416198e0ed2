package org.alliance.insight;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

/**
 * Crossed factors with many levels against lme4 1.1-31 (R 4.2.2), on data of InstEval's
 * shape written by {@link SyntheticCrossedData}: the crossed intercepts
 * {@code y ~ 1 + service + (1|s) + (1|d) + (1|dept)} and a correlated random slope on the
 * students {@code y ~ 1 + service + x + (1 + x|s) + (1|d)}, by ML and REML, on the small
 * file {@code insight/crossed-small.csv} (300 students × 110 lecturers, 6 departments,
 * 4,000 ratings; the department variance is zero there, a singular fit) and on the
 * benchmark's own file (2,972 × 1,126, 14 departments, 73,421 ratings, as
 * {@code ./alliance lmm-bench --design crossed} writes it). Every number below was
 * printed by {@code insight/crossed-reference.R}, whose header says how it was run.
 * <p>
 * The log-likelihood must be at least lme4's minus 1e-6 of itself, and within 1e-6 of it
 * either way. Fixed effects and standard errors are held to 1e-4 relative and variance
 * components to 1e-3: lme4's optimiser stops once its steps are small, and on the slope
 * model it reports a scaled gradient of 0.017 (ML) and 0.0036 (REML) on the benchmark
 * file ("failed to converge"), so its estimates are not more precise than that; ours are
 * at a higher likelihood there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossedReferenceTests {

	private static final String INTERCEPTS = "y ~ 1 + service + (1|s) + (1|d) + (1|dept)";

	private static final String SLOPE = "y ~ 1 + service + x + (1 + x|s) + (1|d)";

	/** SHA-256 of the benchmark file lme4 was run on. */
	private static final String BENCHMARK_SHA256 = "8777b327030e8c902b4095367a610161c2a27a3f56253ef607331cf70393314c";

	private Path small;

	private Path benchmark;

	/** lme4's numbers for one fit: variances by group (the slope model's slope last). */
	record Reference(double logLik, Map<String, double[]> fixed, Map<String, double[]> variances, double correlation,
			double residual) {
	}

	@BeforeAll
	void files(@TempDir Path directory) throws IOException, URISyntaxException {
		this.small = Path.of(CrossedReferenceTests.class.getResource("/insight/crossed-small.csv").toURI());
		this.benchmark = directory.resolve("crossed-2972x1128.csv");
		SyntheticCrossedData.instEvalShape(20261125).write(this.benchmark);
	}

	private static ModelFit fit(Path file, String formula, Criterion criterion) {
		Formula parsed = Formula.parse(formula);
		return MixedModel.fit(DataTable.readCsv(file, parsed.variables()), parsed, criterion);
	}

	private static void assertMatches(ModelFit fit, Reference lme4) {
		assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(lme4.logLik() - 1e-6 * Math.abs(lme4.logLik()))
			.isCloseTo(lme4.logLik(), within(1e-6 * Math.abs(lme4.logLik())));
		lme4.fixed().forEach((name, value) -> {
			assertThat(fit.fixedEffect(name).estimate()).as(name).isCloseTo(value[0], withPercentage(1e-2));
			assertThat(fit.fixedEffect(name).standardError()).as(name).isCloseTo(value[1], withPercentage(1e-2));
		});
		for (VarianceComponent component : fit.varianceComponents()) {
			double[] expected = lme4.variances().get(component.group());
			for (int i = 0; i < expected.length; i++) {
				if (expected[i] == 0) {
					assertThat(component.variances()[i]).as(component.group()).isZero();
				}
				else {
					assertThat(component.variances()[i]).as(component.group())
						.isCloseTo(expected[i], withPercentage(0.1));
				}
			}
			if (expected.length == 2) {
				assertThat(component.correlation(0, 1)).isCloseTo(lme4.correlation(), within(1e-3));
			}
		}
		assertThat(fit.residualVariance()).isCloseTo(lme4.residual(), withPercentage(0.1));
		assertThat(fit.convergence().converged()).isTrue();
	}

	@Test
	void writesTheSmallReferenceFileAgainFromItsSeed(@TempDir Path directory) throws IOException {
		Path again = directory.resolve("again.csv");
		new SyntheticCrossedData(300, 110, 6, 4000, 20261125).write(again);
		assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(this.small));
	}

	@Test
	void writesTheBenchmarkFileLme4WasRunOn() throws IOException, NoSuchAlgorithmException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(this.benchmark));
		assertThat(HexFormat.of().formatHex(digest)).isEqualTo(BENCHMARK_SHA256);
	}

	@Test
	void smallCrossedInterceptsByMlMatchLme4IncludingTheZeroDepartmentVariance() {
		ModelFit fit = fit(this.small, INTERCEPTS, Criterion.ML);
		assertMatches(fit,
				new Reference(-6659.1848077090,
						Map.of("(Intercept)", new double[] { 3.17771729, 0.06373552309 }, "service",
								new double[] { -0.06427097507, 0.04006047594 }),
						Map.of("s", new double[] { 0.08839140866 }, "d", new double[] { 0.3060484133 }, "dept",
								new double[] { 0 }),
						Double.NaN, 1.489152596));
		assertThat(fit.convergence().singular()).isTrue();
		assertThat(fit.groups()).containsEntry("s", 300).containsEntry("d", 110).containsEntry("dept", 6);
	}

	@Test
	void smallCrossedInterceptsByRemlMatchLme4() {
		ModelFit fit = fit(this.small, INTERCEPTS, Criterion.REML);
		assertMatches(fit,
				new Reference(-6663.3540952849,
						Map.of("(Intercept)", new double[] { 3.177733123, 0.06396695461 }, "service",
								new double[] { -0.06431208869, 0.04006645826 }),
						Map.of("s", new double[] { 0.08856564543 }, "d", new double[] { 0.3091275782 }, "dept",
								new double[] { 0 }),
						Double.NaN, 1.489493257));
		assertThat(fit.convergence().singular()).isTrue();
	}

	@Test
	void smallRandomSlopeByMlMatchesLme4() {
		assertMatches(fit(this.small, SLOPE, Criterion.ML),
				new Reference(-6642.0637375209,
						Map.of("(Intercept)", new double[] { 2.958578276, 0.07929790204 }, "service",
								new double[] { -0.06106512624, 0.03983875484 }, "x",
								new double[] { 0.06090137188, 0.01293212331 }),
						Map.of("s", new double[] { 0.1904337511, 0.006960230654 }, "d", new double[] { 0.3118866145 }),
						-0.7277589113, 1.456359971));
	}

	@Test
	void smallRandomSlopeByRemlMatchesLme4() {
		assertMatches(fit(this.small, SLOPE, Criterion.REML),
				new Reference(-6649.6593759309,
						Map.of("(Intercept)", new double[] { 2.958667982, 0.07955232461 }, "service",
								new double[] { -0.06104595395, 0.03984876319 }, "x",
								new double[] { 0.06087000402, 0.0129648894 }),
						Map.of("s", new double[] { 0.1929426745, 0.007135500268 }, "d", new double[] { 0.314921172 }),
						-0.7313045391, 1.456688535));
	}

	@Test
	void benchmarkCrossedInterceptsByMlMatchLme4() {
		ModelFit fit = fit(this.benchmark, INTERCEPTS, Criterion.ML);
		assertMatches(fit,
				new Reference(-120074.4379851545,
						Map.of("(Intercept)", new double[] { 3.225398643, 0.02186510974 }, "service",
								new double[] { -0.08898969746, 0.009091842501 }),
						Map.of("s", new double[] { 0.1112154345 }, "d", new double[] { 0.2653343644 }, "dept",
								new double[] { 0.001887385967 }),
						Double.NaN, 1.432491838));
		assertThat(fit.convergence().singular()).isFalse();
		assertThat(fit.groups()).containsEntry("s", 2972).containsEntry("d", 1126).containsEntry("dept", 14);
	}

	@Test
	void benchmarkCrossedInterceptsByRemlMatchLme4() {
		assertMatches(fit(this.benchmark, INTERCEPTS, Criterion.REML),
				new Reference(-120081.1254411856,
						Map.of("(Intercept)", new double[] { 3.225373737, 0.02248555307 }, "service",
								new double[] { -0.08899194678, 0.00909190826 }),
						Map.of("s", new double[] { 0.1112220189 }, "d", new double[] { 0.2653825469 }, "dept",
								new double[] { 0.002261440357 }),
						Double.NaN, 1.432510069));
	}

	@Test
	void benchmarkRandomSlopeByMlReachesAtLeastLme4sLikelihood() {
		assertMatches(fit(this.benchmark, SLOPE, Criterion.ML),
				new Reference(-119669.5745487013,
						Map.of("(Intercept)", new double[] { 3.060018078, 0.02119802479 }, "service",
								new double[] { -0.08860424242, 0.009026207996 }, "x",
								new double[] { 0.0471639503, 0.00339436534 }),
						Map.of("s", new double[] { 0.1667977255, 0.01084036654 }, "d", new double[] { 0.2671209336 }),
						-0.6323528461, 1.393587054));
	}

	@Test
	void benchmarkRandomSlopeByRemlReachesAtLeastLme4sLikelihood() {
		assertMatches(fit(this.benchmark, SLOPE, Criterion.REML),
				new Reference(-119681.2320253093,
						Map.of("(Intercept)", new double[] { 3.060017679, 0.02120654855 }, "service",
								new double[] { -0.08860317241, 0.009026317154 }, "x",
								new double[] { 0.04716393996, 0.003395167699 }),
						Map.of("s", new double[] { 0.1669495464, 0.01085340179 }, "d", new double[] { 0.2674460526 }),
						-0.6327726426, 1.393604393));
	}

}
