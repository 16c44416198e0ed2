package org.alliance.instrument;

/**
 * How item scores combine into the total and into each subscale.
 */
public enum ScoreMethod {

	/** Sum of the (reverse-keyed where declared) item scores. */
	SUM,

	/** Mean of the (reverse-keyed where declared) item scores. */
	MEAN

}
