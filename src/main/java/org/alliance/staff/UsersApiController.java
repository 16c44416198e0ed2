package org.alliance.staff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.security.AccountActor;
import org.alliance.security.AccountRefused;
import org.alliance.security.CurrentUser;
import org.alliance.security.IssuedInvitation;
import org.alliance.security.StaffAccounts;
import org.alliance.security.StaffMember;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's staff accounts over the JSON API, for those who manage the clinic (an
 * admin, or a therapist or supervisor who also administers): the same rules and audit as
 * the admin pages ({@link StaffAccounts}).
 */
@RestController
@Tag(name = "Users",
		description = "The clinic's staff accounts: invitations, roles, duty clinicians, disabling and password "
				+ "resets (admins)")
@RequestMapping("/api/v1/users")
class UsersApiController {

	private static final String REFUSED = "A problem document naming each bad field";

	private static final String ADMINS_ONLY = "The caller is not an admin of the clinic";

	private static final String NO_SUCH = "No such person in the caller's clinic";

	private final StaffAccounts staff;

	private final InvitationMail mail;

	UsersApiController(StaffAccounts staff, InvitationMail mail) {
		this.staff = staff;
		this.mail = mail;
	}

	@GetMapping
	@Operation(summary = "The clinic's people",
			description = "Every account of the caller's clinic by name: id, email, displayName, role (therapist, "
					+ "supervisor or admin), status (invited, active or disabled) and administers (a therapist or "
					+ "supervisor who also manages the clinic). Admins only.")
	@ApiResponse(responseCode = "200", description = "The people, by name")
	@ApiResponse(responseCode = "403", description = ADMINS_ONLY)
	List<PersonView> people(CurrentUser user) {
		admin(user);
		return this.staff.inClinic(user.clinicId()).stream().map(PersonView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a person",
			description = "Body {\"email\", \"displayName\", \"role\", \"administers\"}: role therapist, supervisor or "
					+ "admin; administers true for a therapist or supervisor who also manages the clinic. Creates an "
					+ "invited account and answers its one-time invitation link (valid 72 hours) once: it is never "
					+ "shown again. 422 names each bad field: email, displayName (a name with at least one visible "
					+ "character and no invisible or direction-changing ones), role; 409 naming email when an account "
					+ "already has the email, or displayName when another person of the clinic has the name "
					+ "(whatever its case).")
	@ApiResponse(responseCode = "201",
			description = "The invitation: id, email, invitation (the link; null when emailed), expiresAt, emailed (true when it went to the person by email)")
	@ApiResponse(responseCode = "403", description = ADMINS_ONLY)
	@ApiResponse(responseCode = "409",
			description = "An account already has this email, or a person of the clinic " + "this name")
	@ApiResponse(responseCode = "422", description = REFUSED)
	InvitationView invite(CurrentUser user, @RequestBody NewPerson body) {
		admin(user);
		return invitation(() -> this.mail.invite(AccountActor.of(user), body.email(), body.displayName(), body.role(),
				Boolean.TRUE.equals(body.administers())));
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account",
			description = "Sign-in and web sessions of the account are refused from the next request on; its API "
					+ "tokens are revoked and the act-for grants it holds end, for good (enabling it again does not "
					+ "bring them back). 409 for the caller's own account or the clinic's last active admin.")
	@ApiResponse(responseCode = "200", description = "The person as now")
	@ApiResponse(responseCode = "404", description = NO_SUCH)
	@ApiResponse(responseCode = "409", description = "The caller's own account, or the last active admin")
	PersonView disable(CurrentUser user, @PathVariable UUID id) {
		admin(user);
		return person(() -> this.staff.disable(AccountActor.of(user), id));
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enable a disabled account",
			description = "Active again if it has a password, otherwise invited (reset it for a new link).")
	@ApiResponse(responseCode = "200", description = "The person as now")
	@ApiResponse(responseCode = "404", description = NO_SUCH)
	PersonView enable(CurrentUser user, @PathVariable UUID id) {
		admin(user);
		return person(() -> this.staff.enable(AccountActor.of(user), id));
	}

	@PostMapping("/{id}/reset")
	@Operation(summary = "Reset an account's password",
			description = "The password stops working, sessions end, API tokens are revoked and act-for grants end "
					+ "for good, and a new one-time invitation link (valid 72 hours) is answered once, by which the "
					+ "person chooses a new password. 409 for a disabled account.")
	@ApiResponse(responseCode = "200",
			description = "The invitation: id, email, invitation (the link; null when emailed), expiresAt, emailed (true when it went to the person by email)")
	@ApiResponse(responseCode = "404", description = NO_SUCH)
	@ApiResponse(responseCode = "409", description = "The account is disabled")
	InvitationView reset(CurrentUser user, @PathVariable UUID id) {
		admin(user);
		return invitation(() -> this.mail.reset(AccountActor.of(user), id));
	}

	@PutMapping("/{id}/role")
	@Operation(summary = "Change an account's role",
			description = "Body {\"role\", \"administers\"}: role therapist, supervisor or admin. The person's "
					+ "sessions signed in under the old role end. 422 names role; 409 for the last active admin.")
	@ApiResponse(responseCode = "200", description = "The person as now")
	@ApiResponse(responseCode = "404", description = NO_SUCH)
	@ApiResponse(responseCode = "409", description = "The clinic's last active admin")
	@ApiResponse(responseCode = "422", description = REFUSED)
	PersonView changeRole(CurrentUser user, @PathVariable UUID id, @RequestBody RoleChange body) {
		admin(user);
		return person(() -> this.staff.changeRole(AccountActor.of(user), id, body.role(),
				Boolean.TRUE.equals(body.administers())));
	}

	@PutMapping("/{id}/duty")
	@Operation(summary = "Name a duty clinician",
			description = "Body {\"dutyClinician\": true|false}. A duty clinician (a therapist or supervisor) works "
					+ "any risk signal of the clinic, and reads only the signal and how to reach the client; it takes "
					+ "effect at their next request. Audited. 422 naming dutyClinician for an admin account, which "
					+ "reads no clinical record.")
	@ApiResponse(responseCode = "200", description = "The person as now")
	@ApiResponse(responseCode = "404", description = NO_SUCH)
	@ApiResponse(responseCode = "422", description = REFUSED)
	PersonView duty(CurrentUser user, @PathVariable UUID id, @RequestBody DutyChange body) {
		admin(user);
		if (body.dutyClinician() == null) {
			throw InvalidRequest.of("dutyClinician", "Say true (a duty clinician) or false (no longer one).");
		}
		return person(() -> this.staff.setDutyClinician(AccountActor.of(user), id, body.dutyClinician()));
	}

	private static void admin(CurrentUser user) {
		if (!user.manages()) {
			throw new Forbidden("role", "Only an admin of the clinic manages its people.");
		}
	}

	/**
	 * The invitation as answered: the link itself when it was not emailed, otherwise null
	 * with {@code emailed} true (the link reaches only the person).
	 */
	private InvitationView invitation(Supplier<InvitationMail.Handed> act) {
		InvitationMail.Handed handed = refusing(act);
		IssuedInvitation issued = handed.invitation();
		return new InvitationView(issued.userId(), issued.email(), handed.emailed() ? null : handed.url(),
				issued.expiresAt(), handed.emailed());
	}

	private static PersonView person(Supplier<StaffMember> act) {
		return PersonView.of(refusing(act));
	}

	private static <T> T refusing(Supplier<T> act) {
		try {
			return act.get();
		}
		catch (AccountRefused ex) {
			throw AccountProblems.of(ex);
		}
	}

	record NewPerson(String email, String displayName, String role, Boolean administers) {
	}

	record RoleChange(String role, Boolean administers) {
	}

	record DutyChange(Boolean dutyClinician) {
	}

	record PersonView(UUID id, String email, String displayName, String role, String status, boolean administers,
			boolean dutyClinician) {

		static PersonView of(StaffMember m) {
			return new PersonView(m.id(), m.email(), m.displayName(), m.role().wireName(), m.status().wireName(),
					m.administers(), m.dutyClinician());
		}

	}

	record InvitationView(UUID id, String email, String invitation, Instant expiresAt, boolean emailed) {
	}

}
