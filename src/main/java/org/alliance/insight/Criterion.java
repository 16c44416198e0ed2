package org.alliance.insight;

/**
 * The criterion a mixed model is fitted by (Bates et al. 2015, section 3.4).
 */
public enum Criterion {

	/** Restricted (residual) maximum likelihood, lme4's default. */
	REML,

	/** Maximum likelihood. */
	ML

}
