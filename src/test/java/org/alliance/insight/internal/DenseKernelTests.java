package org.alliance.insight.internal;

import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dense kernels of the blocked system held to their definitions on random symmetric
 * positive-definite matrices of orders around the panel width
 * ({@value DenseCholesky#PANEL}) and above it: the Cholesky factor reproduces the matrix,
 * the inverse of the factor times the factor is the identity, and its transpose is its
 * transpose.
 */
class DenseKernelTests {

	/** {@code A = G G'/n + I}, lower triangle by rows. */
	private static double[][] positiveDefinite(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] g = new double[n][n];
		for (double[] row : g) {
			for (int j = 0; j < n; j++) {
				row[j] = random.nextGaussian();
			}
		}
		double[][] a = new double[n][];
		for (int i = 0; i < n; i++) {
			a[i] = new double[i + 1];
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = 0; k < n; k++) {
					sum += g[i][k] * g[j][k];
				}
				a[i][j] = sum / n + ((i == j) ? 1 : 0);
			}
		}
		return a;
	}

	private static double[][] copy(double[][] rows) {
		double[][] copy = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			copy[i] = rows[i].clone();
		}
		return copy;
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 63, 64, 65, 130, 300 })
	void choleskyFactorReproducesTheMatrix(int n) {
		double[][] a = positiveDefinite(n, n);
		double[][] l = copy(a);
		assertThat(new DenseCholesky(n).factor(l)).isTrue();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = 0; k <= j; k++) {
					sum += l[i][k] * l[j][k];
				}
				assertThat(sum).isCloseTo(a[i][j], within(1e-12 * (1 + Math.abs(a[i][j]))));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 65, 200 })
	void choleskyRefusesAMatrixThatIsNotPositiveDefinite(int n) {
		double[][] a = positiveDefinite(n, 7);
		a[n - 1][n - 1] = -1;
		assertThat(new DenseCholesky(n).factor(a)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 31, 32, 33, 64, 65, 150 })
	void inverseOfTheFactorTimesTheFactorIsTheIdentity(int n) {
		double[][] l = positiveDefinite(n, 3 * n);
		new DenseCholesky(n).factor(l);
		LowerInverse inverse = new LowerInverse(n);
		inverse.invert(l);
		double[][] w = inverse.inverse();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = 0;
				for (int k = j; k <= i; k++) {
					sum += w[i][k] * l[k][j];
				}
				assertThat(sum).isCloseTo((i == j) ? 1.0 : 0.0, within(1e-12));
				assertThat(inverse.transposed()[j][i]).isEqualTo(w[i][j]);
			}
			for (int j = 0; j < i; j++) {
				assertThat(inverse.transposed()[i][j]).isZero();
			}
		}
	}

}
