package org.alliance.insight.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Moore-Penrose inverse of a symmetric matrix over its clearly positive eigenvalues,
 * {@code Σ v_i v_i' / λ_i} for {@code λ_i > tolerance · λ_max}, as lmerTest inverts the
 * Hessian of the deviance ({@code as_lmerModLmerTest}: eigenvalues at or below its
 * tolerance are left out, negative ones too).
 *
 * @param inverse the generalised inverse
 * @param nullity how many eigenvalues were left out
 * @param conditioning the smallest eigenvalue over the largest (negative when the matrix
 * is indefinite)
 */
record GeneralisedInverse(DMatrixRMaj inverse, int nullity, double conditioning) {

	/**
	 * Inverts a symmetric matrix.
	 * @param symmetric the matrix, not changed
	 * @param tolerance the share of the largest eigenvalue below which an eigenvalue is
	 * null; 0 keeps every positive one
	 * @return the inverse, never null
	 */
	static GeneralisedInverse of(DMatrixRMaj symmetric, double tolerance) {
		int k = symmetric.numRows;
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(k, true, true);
		if (!eigen.decompose(symmetric.copy())) {
			return new GeneralisedInverse(new DMatrixRMaj(k, k), k, Double.NaN);
		}
		double largest = Double.NEGATIVE_INFINITY;
		double smallest = Double.POSITIVE_INFINITY;
		for (int i = 0; i < k; i++) {
			largest = Math.max(largest, eigen.getEigenvalue(i).real);
			smallest = Math.min(smallest, eigen.getEigenvalue(i).real);
		}
		DMatrixRMaj inverse = new DMatrixRMaj(k, k);
		int nullity = 0;
		for (int i = 0; i < k; i++) {
			double value = eigen.getEigenvalue(i).real;
			if (!(value > 0 && value > tolerance * largest)) {
				nullity++;
				continue;
			}
			DMatrixRMaj vector = eigen.getEigenVector(i);
			double norm2 = 0;
			for (int a = 0; a < k; a++) {
				norm2 += vector.get(a) * vector.get(a);
			}
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					inverse.add(a, b, vector.get(a) * vector.get(b) / (value * norm2));
				}
			}
		}
		return new GeneralisedInverse(inverse, nullity, smallest / largest);
	}

}
