package org.alliance.signal;

import org.alliance.care.Client;
import org.alliance.security.Clinics;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

/**
 * What whoever works a risk signal needs to reach the client, and nothing more of the
 * record: Alliance knows clients by pseudonym only, so the way to them goes through the
 * client's therapist (who holds the clinic's contact record) and, in a crisis, the
 * clinic's crisis number, which the client was shown with their answer.
 *
 * @param pseudonym the client's pseudonym
 * @param therapistName the client's therapist, as pages name them
 * @param therapistEmail the therapist's email
 * @param crisisPhone the clinic's crisis number, or null when it set none
 */
record ReachTheClient(String pseudonym, String therapistName, String therapistEmail, String crisisPhone) {

	static ReachTheClient of(Client client, UserAccounts accounts, Clinics clinics) {
		UserAccount therapist = accounts.findInClinic(client.clinicId(), client.therapistId()).orElse(null);
		return new ReachTheClient(client.pseudonym(), (therapist != null) ? therapist.displayName() : null,
				(therapist != null) ? therapist.email() : null, clinics.details(client.clinicId()).crisisPhone());
	}

}
