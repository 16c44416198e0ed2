package org.alliance.alliance;

/**
 * Which standard deviation measures a fall. Strauss et al. (2006) and Stiles et al.
 * (2004) read the client's own variability; with few sessions that estimate is noisy, and
 * a client at the ceiling has none, so the clinic's pooled within-client SD is offered
 * too.
 */
public enum SdBasis {

	/**
	 * SD of the client's own earlier ratings outside their rupture episodes (sample SD, n
	 * − 1): a rupture does not inflate the SD the next one is measured by.
	 */
	OWN_SESSIONS,

	/**
	 * The clinic's within-client SD, estimated so that its ruptures do not inflate it
	 * ({@link ScaleNorm#withinClientSd()}).
	 */
	CLINIC_WITHIN_CLIENT

}
