package org.alliance.alliance;

/**
 * Whose view of the alliance a rating gives. Therapists rate lower than clients and agree
 * only modestly (Tryon et al. 2007), so the views are kept apart.
 */
public enum Perspective {

	/** The client's own rating ({@code alliance-check}). */
	CLIENT("alliance-check"),

	/** The therapist's own view ({@code alliance-check-t}). */
	THERAPIST("alliance-check-t"),

	/** The therapist's prediction of the client's rating ({@code alliance-check-p}). */
	PREDICTION("alliance-check-p");

	private final String instrument;

	Perspective(String instrument) {
		this.instrument = instrument;
	}

	/**
	 * The code of the alliance-check form that carries this view.
	 * @return the instrument code, never null
	 */
	public String instrument() {
		return this.instrument;
	}

}
