package org.alliance.outcome.dropout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic k-fold assignment, stratified by outcome so that every fold holds both
 * outcomes in about the table's proportion. The rows of each outcome are shuffled with
 * {@link java.util.Random} from the seed (its generator is fixed by the Java
 * specification, so a seed gives the same folds on every JVM) and dealt out to the folds
 * in turn, dropouts first.
 */
public final class StratifiedFolds {

	private StratifiedFolds() {
	}

	/**
	 * @param y outcomes, 0 or 1
	 * @param folds number of folds, at least 2, at most the rows of the rarer outcome
	 * @param seed the seed
	 * @return the fold of each row, 0 to folds − 1
	 */
	public static int[] assign(double[] y, int folds, long seed) {
		List<Integer> ones = new ArrayList<>();
		List<Integer> zeros = new ArrayList<>();
		for (int i = 0; i < y.length; i++) {
			(y[i] == 1 ? ones : zeros).add(i);
		}
		if (folds < 2 || ones.size() < folds || zeros.size() < folds) {
			throw new IllegalArgumentException("need at least " + folds + " rows of each outcome for " + folds
					+ " folds; have " + ones.size() + " and " + zeros.size());
		}
		Random random = new Random(seed);
		Collections.shuffle(ones, random);
		Collections.shuffle(zeros, random);
		int[] fold = new int[y.length];
		int next = 0;
		for (int row : ones) {
			fold[row] = next++ % folds;
		}
		for (int row : zeros) {
			fold[row] = next++ % folds;
		}
		return fold;
	}

}
