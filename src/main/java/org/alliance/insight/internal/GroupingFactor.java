package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grouping factor: one factor, or the interaction {@code a:b} of several, keeping only
 * the combinations present, ordered with the first factor varying slowest (as R's
 * {@code :}).
 *
 * @param codes the level index by row
 * @param levels the level labels, combinations joined by {@code :}
 */
record GroupingFactor(int[] codes, List<String> levels) {

	static GroupingFactor of(List<Variable.Factor> factors) {
		if (factors.size() == 1) {
			return new GroupingFactor(factors.get(0).codes(), factors.get(0).levels());
		}
		int rows = factors.get(0).codes().length;
		long[] keys = new long[rows];
		for (int row = 0; row < rows; row++) {
			long key = 0;
			for (Variable.Factor factor : factors) {
				key = key * factor.levels().size() + factor.codes()[row];
			}
			keys[row] = key;
		}
		long[] distinct = Arrays.stream(keys).sorted().distinct().toArray();
		int[] codes = new int[rows];
		for (int row = 0; row < rows; row++) {
			codes[row] = Arrays.binarySearch(distinct, keys[row]);
		}
		List<String> levels = new ArrayList<>(distinct.length);
		for (long key : distinct) {
			levels.add(label(key, factors));
		}
		return new GroupingFactor(codes, levels);
	}

	private static String label(long key, List<Variable.Factor> factors) {
		String[] parts = new String[factors.size()];
		long rest = key;
		for (int i = factors.size() - 1; i >= 0; i--) {
			int size = factors.get(i).levels().size();
			parts[i] = factors.get(i).levels().get((int) (rest % size));
			rest /= size;
		}
		return String.join(":", parts);
	}

}
