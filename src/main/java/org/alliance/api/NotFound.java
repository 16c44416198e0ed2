package org.alliance.api;

/**
 * A resource that does not exist or that the caller may not see. The two are answered
 * alike (404) so that nobody learns of another clinic's or another therapist's clients.
 */
public class NotFound extends RuntimeException {

	private final String field;

	public NotFound(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
