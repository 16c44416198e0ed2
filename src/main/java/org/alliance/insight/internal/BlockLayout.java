package org.alliance.insight.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How the penalised system is partitioned for block elimination. The grouping factor with
 * the most levels (clients, say) forms the <em>block</em> part: each of its levels owns a
 * small dense block of {@code m} random effects (all its terms together) that couples
 * only with itself and the <em>rest</em>. The rest is the other terms' random effects,
 * then the fixed effects, then the response: {@code r = q_rest + p + 1} columns.
 */
final class BlockLayout {

	final List<RandomEffectTerm> terms;

	final int[] blockTerms;

	final int[] blockOffsets;

	final int blockSize;

	final int blockLevels;

	final int[] blockLevelOfRow;

	final int[] restTerms;

	final int[] restOffsets;

	final int restRandom;

	final int fixed;

	final int rest;

	/**
	 * For every rest column: the first column of its group of {@code nc} (itself for X
	 * and y).
	 */
	final int[] groupStart;

	/**
	 * For every rest column: its term, or -1 for a fixed-effect or the response column.
	 */
	final int[] termOfColumn;

	BlockLayout(List<RandomEffectTerm> terms, int fixed) {
		this.terms = terms;
		this.fixed = fixed;
		String blockGroup = terms.get(0).group();
		List<Integer> block = new ArrayList<>();
		List<Integer> others = new ArrayList<>();
		for (int t = 0; t < terms.size(); t++) {
			(terms.get(t).group().equals(blockGroup) ? block : others).add(t);
		}
		this.blockTerms = block.stream().mapToInt(Integer::intValue).toArray();
		this.restTerms = others.stream().mapToInt(Integer::intValue).toArray();
		this.blockOffsets = new int[this.blockTerms.length];
		int m = 0;
		for (int i = 0; i < this.blockTerms.length; i++) {
			this.blockOffsets[i] = m;
			m += terms.get(this.blockTerms[i]).columnCount();
		}
		this.blockSize = m;
		this.blockLevels = terms.get(0).levelCount();
		this.blockLevelOfRow = terms.get(0).levelOfRow();
		this.restOffsets = new int[this.restTerms.length];
		int q = 0;
		for (int i = 0; i < this.restTerms.length; i++) {
			this.restOffsets[i] = q;
			RandomEffectTerm term = terms.get(this.restTerms[i]);
			q += term.levelCount() * term.columnCount();
		}
		this.restRandom = q;
		this.rest = q + fixed + 1;
		this.groupStart = new int[this.rest];
		this.termOfColumn = new int[this.rest];
		describeRestColumns();
	}

	private void describeRestColumns() {
		for (int i = 0; i < this.restTerms.length; i++) {
			int nc = this.terms.get(this.restTerms[i]).columnCount();
			int end = this.restOffsets[i] + this.terms.get(this.restTerms[i]).levelCount() * nc;
			for (int c = this.restOffsets[i]; c < end; c++) {
				this.groupStart[c] = c - (c - this.restOffsets[i]) % nc;
				this.termOfColumn[c] = this.restTerms[i];
			}
		}
		for (int c = this.restRandom; c < this.rest; c++) {
			this.groupStart[c] = c;
			this.termOfColumn[c] = -1;
		}
	}

	/** The response's column in the rest part. */
	int responseColumn() {
		return this.rest - 1;
	}

}
