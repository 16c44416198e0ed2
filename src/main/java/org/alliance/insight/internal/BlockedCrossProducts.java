package org.alliance.insight.internal;

import java.util.Arrays;

/**
 * The sufficient statistics of a model in {@link BlockLayout} form, computed in one pass
 * over the rows so that each deviance evaluation costs O(levels), not O(rows): per block
 * level its Gram block {@code Z_k'Z_k} and its coupling {@code Z_k'W_k} with the rest
 * columns it touches ({@code W = [Z_rest, X, y]}), and the rest Gram matrix {@code W'W}.
 */
final class BlockedCrossProducts {

	final BlockLayout layout;

	/** Per level, {@code m × m}. */
	final double[] gram;

	/** Per level, where its coupling columns start in {@link #couplingColumns}. */
	final int[] couplingStart;

	/** The rest columns each level couples with, ascending. */
	final int[] couplingColumns;

	/**
	 * Per level, {@code m × count} row by row, starting at {@code m * couplingStart[k]}.
	 */
	final double[] coupling;

	/**
	 * {@code W'W}, its lower triangle by rows ({@code restGram[i]} has {@code i + 1}
	 * entries).
	 */
	final double[][] restGram;

	/** Per rest row, the first column of its lower envelope. */
	final int[] envelope;

	BlockedCrossProducts(BlockLayout layout, ModelFrame frame) {
		this.layout = layout;
		int levels = layout.blockLevels;
		int m = layout.blockSize;
		int[] rowsByLevel = rowsByLevel(layout.blockLevelOfRow, levels);
		int[] levelStart = levelStarts(layout.blockLevelOfRow, levels);
		this.couplingStart = new int[levels + 1];
		this.couplingColumns = couplingColumns(frame, rowsByLevel, levelStart);
		this.gram = new double[levels * m * m];
		this.coupling = new double[this.couplingColumns.length * m];
		this.restGram = new double[layout.rest][];
		for (int i = 0; i < layout.rest; i++) {
			this.restGram[i] = new double[i + 1];
		}
		accumulate(frame, rowsByLevel, levelStart);
		this.envelope = envelope();
	}

	private static int[] levelStarts(int[] levelOfRow, int levels) {
		int[] start = new int[levels + 1];
		for (int level : levelOfRow) {
			start[level + 1]++;
		}
		for (int k = 0; k < levels; k++) {
			start[k + 1] += start[k];
		}
		return start;
	}

	private static int[] rowsByLevel(int[] levelOfRow, int levels) {
		int[] next = levelStarts(levelOfRow, levels);
		int[] rows = new int[levelOfRow.length];
		for (int row = 0; row < levelOfRow.length; row++) {
			rows[next[levelOfRow[row]]++] = row;
		}
		return rows;
	}

	private int[] couplingColumns(ModelFrame frame, int[] rowsByLevel, int[] levelStart) {
		BlockLayout l = this.layout;
		boolean[] seen = new boolean[Math.max(1, l.restRandom)];
		int[] columns = new int[Math.max(16, l.blockLevels * (l.rest - l.restRandom))];
		int count = 0;
		int[] found = new int[Math.max(1, l.restRandom)];
		for (int k = 0; k < l.blockLevels; k++) {
			this.couplingStart[k] = count;
			int distinct = 0;
			for (int i = levelStart[k]; i < levelStart[k + 1]; i++) {
				int row = rowsByLevel[i];
				for (int r = 0; r < l.restTerms.length; r++) {
					RandomEffectTerm term = l.terms.get(l.restTerms[r]);
					int first = l.restOffsets[r] + term.levelOfRow()[row] * term.columnCount();
					if (!seen[first]) {
						for (int c = 0; c < term.columnCount(); c++) {
							seen[first + c] = true;
							found[distinct++] = first + c;
						}
					}
				}
			}
			Arrays.sort(found, 0, distinct);
			int needed = count + distinct + l.rest - l.restRandom;
			if (needed > columns.length) {
				columns = Arrays.copyOf(columns, Math.max(needed, columns.length * 2));
			}
			for (int j = 0; j < distinct; j++) {
				columns[count++] = found[j];
				seen[found[j]] = false;
			}
			for (int c = l.restRandom; c < l.rest; c++) {
				columns[count++] = c;
			}
		}
		this.couplingStart[l.blockLevels] = count;
		return Arrays.copyOf(columns, count);
	}

	private void accumulate(ModelFrame frame, int[] rowsByLevel, int[] levelStart) {
		BlockLayout l = this.layout;
		int m = l.blockSize;
		int[] local = new int[l.rest];
		double[] z = new double[m];
		int[] wColumns = new int[l.rest];
		double[] w = new double[l.rest];
		for (int k = 0; k < l.blockLevels; k++) {
			int start = this.couplingStart[k];
			int count = this.couplingStart[k + 1] - start;
			for (int j = 0; j < count; j++) {
				local[this.couplingColumns[start + j]] = j;
			}
			for (int i = levelStart[k]; i < levelStart[k + 1]; i++) {
				int row = rowsByLevel[i];
				blockValues(row, z);
				int nw = restValues(frame, row, wColumns, w);
				addRow(k, m, count, start, z, local, wColumns, w, nw);
			}
		}
	}

	private void addRow(int k, int m, int count, int start, double[] z, int[] local, int[] wColumns, double[] w,
			int nw) {
		int g = k * m * m;
		for (int a = 0; a < m; a++) {
			for (int b = 0; b < m; b++) {
				this.gram[g + a * m + b] += z[a] * z[b];
			}
			int c0 = start * m + a * count;
			for (int e = 0; e < nw; e++) {
				this.coupling[c0 + local[wColumns[e]]] += z[a] * w[e];
			}
		}
		for (int e = 0; e < nw; e++) {
			double[] row = this.restGram[wColumns[e]];
			for (int f = 0; f <= e; f++) {
				row[wColumns[f]] += w[e] * w[f];
			}
		}
	}

	private void blockValues(int row, double[] z) {
		BlockLayout l = this.layout;
		for (int i = 0; i < l.blockTerms.length; i++) {
			RandomEffectTerm term = l.terms.get(l.blockTerms[i]);
			for (int c = 0; c < term.columnCount(); c++) {
				z[l.blockOffsets[i] + c] = term.value(row, c);
			}
		}
	}

	/** The row's non-zero rest entries in ascending column order. */
	private int restValues(ModelFrame frame, int row, int[] columns, double[] values) {
		BlockLayout l = this.layout;
		int n = 0;
		for (int r = 0; r < l.restTerms.length; r++) {
			RandomEffectTerm term = l.terms.get(l.restTerms[r]);
			int first = l.restOffsets[r] + term.levelOfRow()[row] * term.columnCount();
			for (int c = 0; c < term.columnCount(); c++) {
				columns[n] = first + c;
				values[n++] = term.value(row, c);
			}
		}
		sortByColumn(columns, values, n);
		int p = l.fixed;
		for (int c = 0; c < p; c++) {
			columns[n] = l.restRandom + c;
			values[n++] = frame.x()[row * p + c];
		}
		columns[n] = l.responseColumn();
		values[n++] = frame.y()[row];
		return n;
	}

	private static void sortByColumn(int[] columns, double[] values, int n) {
		for (int i = 1; i < n; i++) {
			int column = columns[i];
			double value = values[i];
			int j = i - 1;
			while (j >= 0 && columns[j] > column) {
				columns[j + 1] = columns[j];
				values[j + 1] = values[j];
				j--;
			}
			columns[j + 1] = column;
			values[j + 1] = value;
		}
	}

	/**
	 * The lower envelope of the rest system after block elimination: the fill of the
	 * Schur updates lies within it, and a Cholesky factor keeps its envelope.
	 */
	private int[] envelope() {
		int r = this.layout.rest;
		int[] first = new int[r];
		for (int i = 0; i < r; i++) {
			first[i] = i;
			for (int j = 0; j < i; j++) {
				if (this.restGram[i][j] != 0.0) {
					first[i] = j;
					break;
				}
			}
		}
		for (int k = 0; k < this.layout.blockLevels; k++) {
			int lowest = this.couplingColumns[this.couplingStart[k]];
			for (int j = this.couplingStart[k]; j < this.couplingStart[k + 1]; j++) {
				int column = this.couplingColumns[j];
				first[column] = Math.min(first[column], lowest);
			}
		}
		// the scaled Gram Λ'W'WΛ spreads over whole groups of nc columns
		int i = 0;
		while (i < r) {
			int end = i + 1;
			while (end < r && this.layout.groupStart[end] == i) {
				end++;
			}
			int lowest = first[i];
			for (int j = i; j < end; j++) {
				lowest = Math.min(lowest, first[j]);
			}
			lowest = this.layout.groupStart[lowest];
			for (int j = i; j < end; j++) {
				first[j] = Math.min(lowest, j);
			}
			i = end;
		}
		return first;
	}

}
