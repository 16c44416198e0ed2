package org.alliance.signal;

import org.alliance.api.Conflict;

/**
 * A state change the signal's closed loop does not allow.
 */
public class IllegalSignalTransition extends Conflict {

	IllegalSignalTransition(String message) {
		super("status", message);
	}

}
