package org.alliance.notification;

import java.util.Optional;
import java.util.UUID;

import org.alliance.mail.EmailAddress;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on duty for the clinic: one email address (a person's or a shared duty mailbox)
 * written to at once about every risk answer, besides the client's therapist.
 */
@Component
public class DutyContact {

	private final JdbcTemplate jdbc;

	DutyContact(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The clinic's duty contact, if it has one. */
	public Optional<EmailAddress> of(UUID clinicId) {
		return this.jdbc.queryForList("select email from duty_contact where clinic_id = ?", String.class, clinicId)
			.stream()
			.findFirst()
			.map(EmailAddress::new);
	}

	/**
	 * Sets or (blank) removes the duty contact, audited.
	 * @throws org.alliance.api.InvalidRequest naming {@code dutyEmail}
	 */
	@Transactional
	public Optional<EmailAddress> change(CurrentUser admin, String email) {
		this.jdbc.update("delete from duty_contact where clinic_id = ?", admin.clinicId());
		Optional<EmailAddress> address = (email == null || email.isBlank()) ? Optional.empty()
				: Optional.of(EmailAddress.of("dutyEmail", email));
		address.ifPresent((a) -> this.jdbc.update("insert into duty_contact (clinic_id, email) values (?, ?)",
				admin.clinicId(), a.value()));
		AuditTrail.append(this.jdbc, AuditTrail.entry(admin.clinicId(), admin.email(), AuditAction.UPDATE,
				"duty-contact", admin.clinicId()));
		return address;
	}

}
