package org.alliance.insight.internal;

/**
 * Cholesky factorisation of a symmetric positive-definite matrix stored densely but
 * touched only within its lower envelope: row {@code i} is non-zero from column
 * {@code first[i]} to the diagonal. The factor has the same envelope, so the work is
 * proportional to the envelope's profile, not to the cube of the size.
 */
final class SkylineCholesky {

	private SkylineCholesky() {
	}

	/**
	 * Overwrites the lower triangle of {@code matrix} with its Cholesky factor.
	 * @param matrix row by row, {@code size × size}
	 * @param size the order
	 * @param first the envelope
	 * @return false when the matrix is not positive definite
	 */
	static boolean factor(double[] matrix, int size, int[] first) {
		for (int i = 0; i < size; i++) {
			int rowI = i * size;
			for (int j = first[i]; j <= i; j++) {
				int rowJ = j * size;
				double sum = matrix[rowI + j];
				for (int k = Math.max(first[i], first[j]); k < j; k++) {
					sum -= matrix[rowI + k] * matrix[rowJ + k];
				}
				if (j < i) {
					matrix[rowI + j] = sum / matrix[rowJ + j];
				}
				else {
					if (!(sum > 0)) {
						return false;
					}
					matrix[rowI + i] = Math.sqrt(sum);
				}
			}
		}
		return true;
	}

}
