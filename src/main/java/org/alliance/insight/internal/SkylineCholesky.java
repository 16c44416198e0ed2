package org.alliance.insight.internal;

/**
 * Cholesky factorisation of a symmetric positive-definite matrix held as its lower
 * triangle by rows but touched only within its lower envelope: row {@code i} is non-zero
 * from column {@code first[i]} to the diagonal. The factor has the same envelope, so the
 * work is proportional to the envelope's profile, not to the cube of the size: the kernel
 * for nested designs, whose rest system stays nearly diagonal.
 */
final class SkylineCholesky {

	private SkylineCholesky() {
	}

	/**
	 * Overwrites the lower triangle of {@code rows} with its Cholesky factor.
	 * @param rows the lower triangle by rows
	 * @param size the order
	 * @param first the envelope
	 * @return false when the matrix is not positive definite
	 */
	static boolean factor(double[][] rows, int size, int[] first) {
		for (int i = 0; i < size; i++) {
			double[] rowI = rows[i];
			for (int j = first[i]; j <= i; j++) {
				double[] rowJ = rows[j];
				double sum = rowI[j];
				for (int k = Math.max(first[i], first[j]); k < j; k++) {
					sum -= rowI[k] * rowJ[k];
				}
				if (j < i) {
					rowI[j] = sum / rowJ[j];
				}
				else {
					if (!(sum > 0)) {
						return false;
					}
					rowI[i] = Math.sqrt(sum);
				}
			}
		}
		return true;
	}

	/**
	 * The multiply-adds a factorisation costs, to choose between this kernel and the
	 * dense one.
	 * @param size the order
	 * @param first the envelope
	 * @return the count
	 */
	static double cost(int size, int[] first) {
		double count = 0;
		for (int i = 0; i < size; i++) {
			for (int j = first[i]; j <= i; j++) {
				count += j - Math.max(first[i], first[j]);
			}
		}
		return count;
	}

}
