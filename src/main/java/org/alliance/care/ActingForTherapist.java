package org.alliance.care;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.api.ClinicalRefusals;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.NotFound;
import org.alliance.security.ActForGrant;
import org.alliance.security.ActForGrants;
import org.alliance.security.ClinicalAccess;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.TreatedClient;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

import org.springframework.stereotype.Service;

/**
 * A supervisor's explicit, audited step to change another therapist's client's records:
 * started on the client with a reason, lasting {@code alliance.security.act-for.duration}
 * unless ended earlier. Only a supervisor of the clinic, on a client they do not treat
 * themselves, may start one; the grants themselves live in
 * {@link org.alliance.security.ActForGrants}.
 */
@Service
public class ActingForTherapist {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Caseload caseload;

	private final ClinicalAccess access;

	private final ActForGrants grants;

	private final UserAccounts accounts;

	private final Clinics clinics;

	ActingForTherapist(Caseload caseload, ClinicalAccess access, ActForGrants grants, UserAccounts accounts,
			Clinics clinics) {
		this.caseload = caseload;
		this.access = access;
		this.grants = grants;
		this.accounts = accounts;
		this.clinics = clinics;
	}

	/**
	 * The client, when this person may act for the client's therapist.
	 * @throws NotFound when the person may not see the client
	 * @throws org.alliance.api.Forbidden naming {@code role} for anyone but a supervisor,
	 * or {@code act-for} for the supervisor's own client
	 */
	public Client client(CurrentUser user, UUID clientId) {
		Client client = this.caseload.client(user, clientId);
		ClinicalRefusals.enforce(this.access.mayActFor(user, treated(client)), "");
		return client;
	}

	/**
	 * Starts acting for the client's therapist; an earlier grant of the same supervisor
	 * on the client ends.
	 * @param reason why, 1 to {@value ActForGrants#REASON_LENGTH} characters, kept with
	 * the grant (never in the audit trail, which names the grant)
	 * @throws org.alliance.api.InvalidRequest naming {@code reason}
	 */
	public ActForGrant start(CurrentUser user, UUID clientId, String reason) {
		Client client = client(user, clientId);
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "reason", reason, ActForGrants.REASON_LENGTH, true);
		FieldRules.refuseIfAny(problems);
		return this.grants.start(user, treated(client), reason);
	}

	/**
	 * Ends the supervisor's grant on the client now.
	 * @throws NotFound naming {@code act-for} when there is no active grant to end
	 */
	public void end(CurrentUser user, UUID clientId) {
		Client client = this.caseload.client(user, clientId);
		ActForGrant grant = this.grants.active(user, client.id())
			.orElseThrow(() -> new NotFound("act-for", "You are not acting for this client's therapist."));
		this.grants.end(user, grant.id());
	}

	/**
	 * The supervisor's active grant on the client, if any, as the act-for page shows it.
	 */
	public Optional<ActingNow> active(CurrentUser user, Client client) {
		ZoneId zone = this.clinics.timeZone(user.clinicId());
		return this.grants.active(user, client.id())
			.map((grant) -> new ActingNow(grant, client.pseudonym(), therapistName(user, client), until(grant, zone)));
	}

	/**
	 * The person's active grants with the client's pseudonym and the therapist's name,
	 * for the banner every page shows while they last; empty for anyone but a supervisor.
	 */
	public List<ActingNow> now(CurrentUser user) {
		if (!this.access.readsWholeClinic(user)) {
			return List.of();
		}
		List<ActForGrant> active = this.grants.activeOf(user);
		if (active.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = this.accounts.inClinic(user.clinicId())
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
		// Only the pseudonyms of the clients the supervisor started acting on, a step the
		// audit trail already holds with the client's id: the banner on every page adds
		// no
		// audit line of its own.
		ZoneId zone = this.clinics.timeZone(user.clinicId());
		Function<ActForGrant, ActingNow> view = (grant) -> new ActingNow(grant,
				this.caseload.clientForEvaluation(user.clinicId(), grant.clientId()).map(Client::pseudonym).orElse(""),
				names.getOrDefault(grant.therapistId(), ""), until(grant, zone));
		return active.stream().map(view).toList();
	}

	/** The name of the client's therapist, as the act-for page shows it. */
	public String therapistName(CurrentUser user, Client client) {
		return this.accounts.findInClinic(user.clinicId(), client.therapistId())
			.map(UserAccount::displayName)
			.orElse("");
	}

	private static TreatedClient treated(Client client) {
		return new TreatedClient(client.clinicId(), client.id(), client.therapistId());
	}

	/**
	 * When the grant lapses as the clinic reads its clocks: the clinic's time zone, to
	 * the minute, naming the zone (a supervisor covering from elsewhere is not left to
	 * guess whose clock it is).
	 */
	private static String until(ActForGrant grant, ZoneId zone) {
		return UNTIL.format(grant.expiresAt().atZone(zone)) + " (" + zone.getId() + ")";
	}

	/**
	 * An active grant as pages show it.
	 *
	 * @param grant the grant
	 * @param pseudonym the client's pseudonym
	 * @param therapist the display name of the therapist acted for
	 * @param until when the grant lapses, in the clinic's time zone to the minute, e.g.
	 * {@code 2026-03-02 14:05 (Europe/London)}
	 */
	public record ActingNow(ActForGrant grant, String pseudonym, String therapist, String until) {
	}

}
