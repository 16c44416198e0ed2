package org.alliance.api;

import java.util.List;

/**
 * A request that was understood but names bad values; answered with 422 and changes
 * nothing.
 */
public class InvalidRequest extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidRequest(List<FieldProblem> problems) {
		super("Invalid request: " + problems);
		this.problems = List.copyOf(problems);
	}

	public static InvalidRequest of(String field, String message) {
		return new InvalidRequest(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
