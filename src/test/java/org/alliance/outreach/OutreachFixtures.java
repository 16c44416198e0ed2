package org.alliance.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.alliance.TestClinic;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientContacts;
import org.alliance.care.SessionBookings;
import org.alliance.security.CurrentUser;

/**
 * Clients with a contact email and sessions booked ahead, for the tests of emailed
 * measures.
 */
record OutreachFixtures(Caseload caseload, ClientContacts contacts, SessionBookings bookings) {

	/** A new address on the test server's mail, unique to the test run. */
	static String address(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * The clinic's therapist takes on a client with the email, written to in the
	 * language.
	 */
	Client client(TestClinic clinic, String pseudonym, String email, String language) {
		CurrentUser therapist = clinic.therapist().account().asCurrentUser();
		return this.contacts.admit(therapist, pseudonym + "-" + UUID.randomUUID().toString().substring(0, 6),
				therapist.email(), LocalDate.now(ZoneOffset.UTC).minusDays(30), email, language);
	}

	/**
	 * A session booked at the instant, of the given length, by the client's therapist.
	 */
	UUID book(TestClinic clinic, Client client, int number, Instant startsAt, int minutes) {
		return this.bookings
			.book(clinic.therapist().account().asCurrentUser(), client.id(), number, startsAt.atOffset(ZoneOffset.UTC),
					minutes)
			.id();
	}

}
