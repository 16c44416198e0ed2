package org.alliance.api;

import java.util.Map;

/**
 * A request that the current state of a record does not allow, e.g. resolving a signal
 * twice; answered with 409 and changes nothing. Its details, if any, are members of the
 * API's problem document beside {@code errors} (e.g. the id of the record in the way).
 */
public class Conflict extends RuntimeException {

	private final String field;

	private final Map<String, Object> details;

	public Conflict(String field, String message) {
		this(field, message, Map.of());
	}

	/**
	 * @param details members of the problem document, by name; never null
	 */
	public Conflict(String field, String message, Map<String, Object> details) {
		super(message);
		this.field = field;
		this.details = Map.copyOf(details);
	}

	public String field() {
		return this.field;
	}

	/** The problem document's further members; empty when there are none. */
	public Map<String, Object> details() {
		return this.details;
	}

}
