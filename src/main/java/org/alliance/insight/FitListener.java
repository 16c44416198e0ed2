package org.alliance.insight;

/**
 * Hears about a fit's progress, e.g. to show it on stderr during long runs.
 */
@FunctionalInterface
public interface FitListener {

	/** A listener that ignores everything. */
	FitListener SILENT = (stage, evaluations, criterion) -> {
	};

	/**
	 * Called at each stage and after criterion evaluations.
	 * @param stage what the engine is doing, e.g. {@code optimising}
	 * @param evaluations evaluations so far
	 * @param criterion the latest criterion value, NaN before the first evaluation
	 */
	void progress(String stage, int evaluations, double criterion);

}
