package org.alliance.security;

/**
 * Alliance refuses to start, for a reason the person who runs it must fix: starting
 * anyway would do harm (e.g. a new key that opens none of the secrets already stored).
 * The message is one line that says what was found and what to do; the command line
 * prints it alone, without a stack trace.
 */
public class StartRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StartRefused(String oneLine) {
		super(oneLine);
	}

}
