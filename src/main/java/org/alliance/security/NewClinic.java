package org.alliance.security;

/**
 * A clinic as {@code ./alliance setup} or {@code clinic create} describe it, as typed;
 * {@link Clinics#create} checks each value and names the one it refuses.
 *
 * @param name the clinic's name, e.g. "Riverside Therapy"
 * @param timeZone an IANA time zone id, e.g. {@code Europe/London}
 * @param languages the languages its clients may answer in, comma-separated codes from
 * {@link Clinics#languages()}, e.g. {@code en,es}
 * @param crisisPhone the clinic's own number for a client in crisis, put into the crisis
 * text of each language; null or blank for none (the text then names emergency numbers
 * only)
 * @param adminEmail the first admin's email
 * @param adminName the first admin's name
 * @param adminPassword the first admin's password, by {@link PasswordPolicy}
 */
public record NewClinic(String name, String timeZone, String languages, String crisisPhone, String adminEmail,
		String adminName, String adminPassword) {

	@Override
	public String toString() {
		return "NewClinic[" + this.name + ", " + this.timeZone + ", " + this.languages + ", " + this.adminEmail + "]";
	}

}
