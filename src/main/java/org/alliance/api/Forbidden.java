package org.alliance.api;

/**
 * An action the caller's role does not allow, on a resource the caller may see.
 */
public class Forbidden extends RuntimeException {

	private final String field;

	public Forbidden(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
