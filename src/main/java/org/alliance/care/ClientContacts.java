package org.alliance.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.InvalidRequest;
import org.alliance.mail.EmailAddress;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.SecretUnreadable;
import org.alliance.security.SecretsAtRest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's contact email, optional: where the clinic sends the client's measures and
 * reminders. It is sealed at rest (AES-GCM under the key file outside the database,
 * {@link SecretsAtRest}, bound to the client), shown to staff masked
 * ({@link EmailAddress#masked}), and read whole only to post an email
 * ({@link #addressee}); no export, report or API read carries it. Every change and every
 * whole read is audited.
 */
@Service
public class ClientContacts {

	/** What staff read for an address the server's key does not open. */
	public static final String UNREADABLE = "(unreadable with this server's key: type it again)";

	private final Caseload caseload;

	private final SecretsAtRest secrets;

	private final Clinics clinics;

	private final JdbcTemplate jdbc;

	ClientContacts(Caseload caseload, SecretsAtRest secrets, Clinics clinics, JdbcTemplate jdbc) {
		this.caseload = caseload;
		this.secrets = secrets;
		this.clinics = clinics;
		this.jdbc = jdbc;
	}

	/**
	 * Takes a client on ({@link Caseload#admit}) with a contact email, in one
	 * transaction: a refused email takes no client on.
	 * @param email the address, or null or blank for none
	 * @param language {@code en} or {@code es}; null for the clinic's first language
	 * @throws InvalidRequest naming {@code email} or {@code language}, or what
	 * {@link Caseload#admit} names
	 */
	@Transactional
	public Client admit(CurrentUser user, String pseudonym, String therapistEmail, LocalDate episodeStart, String email,
			String language) {
		Optional<EmailAddress> address = address(email);
		String chosen = language(user.clinicId(), language);
		Client client = this.caseload.admit(user, pseudonym, therapistEmail, episodeStart);
		address.ifPresent((a) -> store(user, client.id(), a, chosen));
		return client;
	}

	/**
	 * The client's contact email, masked, if they have one.
	 * @throws org.alliance.api.NotFound when the person may not see the client
	 */
	public Optional<ContactEmail> of(CurrentUser user, UUID clientId) {
		Client client = this.caseload.client(user, clientId);
		return sealed(client.clinicId(), clientId)
			.map((row) -> new ContactEmail(masked(clientId, row.sealed()), row.language()));
	}

	/**
	 * Sets, changes or removes the client's contact email, audited.
	 * @param email the address, or null or blank to remove it
	 * @param language {@code en} or {@code es}; null for the clinic's first language
	 * @return the contact email as staff see it, or empty when removed
	 * @throws InvalidRequest naming {@code email} or {@code language}
	 * @throws org.alliance.api.NotFound when the person may not see the client
	 */
	@Transactional
	public Optional<ContactEmail> change(CurrentUser user, UUID clientId, String email, String language) {
		Client client = this.caseload.clientToActOn(user, clientId);
		Optional<EmailAddress> address = address(email);
		String chosen = language(client.clinicId(), language);
		if (address.isEmpty()) {
			this.jdbc.update("update client set contact_email = null, contact_language = null where clinic_id = ? and"
					+ " id = ?", client.clinicId(), clientId);
			AuditTrail.append(this.jdbc,
					AuditTrail.entry(client.clinicId(), user.email(), AuditAction.UPDATE, "client-contact", clientId));
			return Optional.empty();
		}
		store(user, clientId, address.get(), chosen);
		return Optional.of(new ContactEmail(address.get().masked(), chosen));
	}

	/**
	 * The client's address whole, to post an email to; audited as read by the actor. For
	 * the modules that send, never for a page or an export.
	 * @param actor who reads it, e.g. {@code outreach} or a staff email
	 */
	@Transactional
	public Optional<Addressee> addressee(UUID clinicId, UUID clientId, String actor) {
		Optional<Addressee> found = sealed(clinicId, clientId)
			.map((row) -> new Addressee(clientId, open(clientId, row.sealed()), row.language()));
		found.ifPresent((a) -> AuditTrail.append(this.jdbc,
				AuditTrail.entry(clinicId, actor, AuditAction.READ, "client-contact", clientId)));
		return found;
	}

	/**
	 * Whether the client has a contact email, without reading it: for the schedule that
	 * sends only to clients who have one.
	 */
	public boolean hasAddress(UUID clinicId, UUID clientId) {
		return sealed(clinicId, clientId).isPresent();
	}

	private void store(CurrentUser user, UUID clientId, EmailAddress address, String language) {
		this.jdbc.update("update client set contact_email = ?, contact_language = ? where clinic_id = ? and id = ?",
				this.secrets.sealText(address.value(), owner(clientId)), language, user.clinicId(), clientId);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "client-contact", clientId));
	}

	private Optional<Sealed> sealed(UUID clinicId, UUID clientId) {
		return this.jdbc
			.query("""
					select contact_email, contact_language from client where clinic_id = ? and id = ?
					and contact_email is not null""", (rs, i) -> new Sealed(rs.getString(1), rs.getString(2)), clinicId,
					clientId)
			.stream()
			.findFirst();
	}

	/**
	 * Masked; an address the server's key does not open (another key file) is said so,
	 * for staff to type it again, rather than failing the page.
	 */
	private String masked(UUID clientId, String sealed) {
		try {
			return open(clientId, sealed).masked();
		}
		catch (SecretUnreadable ex) {
			return UNREADABLE;
		}
	}

	private EmailAddress open(UUID clientId, String sealed) {
		return new EmailAddress(this.secrets.openText(sealed, owner(clientId)));
	}

	private static Optional<EmailAddress> address(String typed) {
		return (typed == null || typed.isBlank()) ? Optional.empty() : Optional.of(EmailAddress.of("email", typed));
	}

	private String language(UUID clinicId, String language) {
		List<String> offered = List.of(this.clinics.details(clinicId).languages().split(","));
		if (language == null || language.isBlank()) {
			return offered.get(0);
		}
		if (!offered.contains(language)) {
			throw InvalidRequest.of("language",
					"Use one of the clinic's languages: " + String.join(", ", offered) + ".");
		}
		return language;
	}

	private static String owner(UUID clientId) {
		return "client-contact:" + clientId;
	}

	private record Sealed(String sealed, String language) {
	}

}
