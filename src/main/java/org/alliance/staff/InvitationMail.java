package org.alliance.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import org.alliance.mail.EmailAddress;
import org.alliance.mail.Letter;
import org.alliance.mail.Outbox;
import org.alliance.security.AccountActor;
import org.alliance.security.Clinics;
import org.alliance.security.IssuedInvitation;
import org.alliance.security.PublicUrl;
import org.alliance.security.StaffAccounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations and resets as they reach the person: by email when the clinic's mail server
 * is configured, the email posted in the transaction that issues the link (so there is
 * never a link without its email, nor an email for a refused invitation); otherwise shown
 * once to the admin to hand over, as before.
 */
@Component
class InvitationMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");

	private final StaffAccounts staff;

	private final Outbox outbox;

	private final PublicUrl url;

	private final Clinics clinics;

	private final TransactionTemplate transaction;

	InvitationMail(StaffAccounts staff, Outbox outbox, PublicUrl url, Clinics clinics,
			PlatformTransactionManager transactions) {
		this.staff = staff;
		this.outbox = outbox;
		this.url = url;
		this.clinics = clinics;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Whether invitations go out by email. */
	boolean on() {
		return this.outbox.on();
	}

	/** Invites ({@link StaffAccounts#invite}) and emails the link when email is on. */
	Handed invite(AccountActor by, String email, String displayName, String role, boolean administers) {
		return hand(by, false, () -> this.staff.invite(by, email, displayName, role, administers));
	}

	/** Resets ({@link StaffAccounts#reset}) and emails the new link when email is on. */
	Handed reset(AccountActor by, java.util.UUID id) {
		return hand(by, true, () -> this.staff.reset(by, id));
	}

	private Handed hand(AccountActor by, boolean reset, Supplier<IssuedInvitation> issue) {
		return this.transaction.execute((status) -> {
			IssuedInvitation invitation = issue.get();
			boolean emailed = this.outbox
				.post(by.clinicId(), reset ? "reset" : "invitation", new EmailAddress(invitation.email()),
						letter(by, invitation, reset))
				.isPresent();
			return new Handed(invitation, this.url.of(invitation.path()), emailed);
		});
	}

	private Letter letter(AccountActor by, IssuedInvitation invitation, boolean reset) {
		String clinic = this.clinics.details(by.clinicId()).name();
		ZoneId zone = this.clinics.timeZone(by.clinicId());
		String until = "The link works once, until " + WHEN.format(invitation.expiresAt().atZone(zone)) + " ("
				+ zone.getId() + ").";
		if (reset) {
			return new Letter("en", "Choose a new password for " + clinic,
					List.of("Your password for " + clinic + " on Alliance was reset by the clinic's admin.",
							"Choose a new password by this link. You will set up your second factor again if you"
									+ " use one."),
					"Choose a new password", this.url.of(invitation.path()), until);
		}
		return new Letter("en", "You are invited to " + clinic,
				List.of("You are invited to join " + clinic + " on Alliance.",
						"Choose the name the pages show and your password by this link."),
				"Accept the invitation", this.url.of(invitation.path()), until);
	}

	/**
	 * An invitation as handed out.
	 *
	 * @param url the link, absolute
	 * @param emailed whether it went out by email (then it is not shown)
	 */
	record Handed(IssuedInvitation invitation, String url, boolean emailed) {
	}

}
