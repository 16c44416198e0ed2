package org.alliance.api;

/**
 * A request that the current state of a record does not allow, e.g. resolving a signal
 * twice; answered with 409 and changes nothing.
 */
public class Conflict extends RuntimeException {

	private final String field;

	public Conflict(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
