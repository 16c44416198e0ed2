package org.alliance.mail;

import java.time.Instant;

/**
 * How an email from the outbox went.
 *
 * @param status waiting to be sent (perhaps after failed attempts), sent, or given up
 * @param attempts delivery attempts made
 * @param sentAt when it was handed to the mail server, or null
 * @param lastError why the last attempt failed, with no address in it, or null
 */
public record Delivery(Status status, int attempts, Instant sentAt, String lastError) {

	/** Where an email is in the outbox. */
	public enum Status {

		/** Not yet handed to the mail server; it is tried again. */
		PENDING,

		/** Handed to the mail server. */
		SENT,

		/** Given up after the last attempt. */
		FAILED

	}

}
