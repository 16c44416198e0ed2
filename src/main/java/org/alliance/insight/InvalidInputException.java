package org.alliance.insight;

/**
 * Signals input a user can correct: a formula that does not parse, a column the data does
 * not hold, a file that cannot be read as CSV. The message names the problem in the
 * user's words, so commands print it as it is.
 */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

	public InvalidInputException(String message, Throwable cause) {
		super(message, cause);
	}

}
