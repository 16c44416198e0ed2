package org.alliance.care;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.ClinicalRefusals;
import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.security.AccountStatus;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditEntry;
import org.alliance.security.AuditTrail;
import org.alliance.security.ClinicalAccess;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.TreatedClient;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves clients to another therapist of the same clinic, one at a time or every client of
 * one therapist (one who left, or is away for long): a supervisor or whoever manages the
 * clinic decides ({@link ClinicalAccess#mayReassign}). The client's therapist is who
 * reads and changes the record, so the old therapist loses access at their next request
 * and the new one gains it; the client's signals move with them
 * ({@link ClientReassigned}). A pseudonym stays unique among the new therapist's clients:
 * a move that would give them two clients of one name is refused whole. Each move is
 * recorded with from, to, by and why, and audited.
 */
@Service
public class Reassignments {

	/** The longest reason kept. */
	public static final int REASON_LENGTH = 400;

	private final CareRecords records;

	private final UserAccounts accounts;

	private final ClinicalAccess access;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reassignments(CareRecords records, UserAccounts accounts, ClinicalAccess access, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.accounts = accounts;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves one client to another therapist.
	 * @param therapist the new therapist's email or account id: an active therapist or
	 * supervisor of the clinic, other than the client's
	 * @param reason why, 1 to {@value #REASON_LENGTH} characters
	 * @throws NotFound when the person may not know of the client
	 * @throws org.alliance.api.Forbidden for the client's own therapist
	 * @throws InvalidRequest naming {@code therapist} or {@code reason}
	 * @throws Conflict naming {@code therapist} when a client of the same pseudonym was
	 * given to the new therapist meanwhile
	 */
	@Transactional
	public Reassignment reassign(CurrentUser user, UUID clientId, String therapist, String reason) {
		Client client = this.records.client(user.clinicId(), clientId)
			.filter((found) -> allowed(user, found))
			.orElseThrow(() -> new NotFound("id", "No client " + clientId + " among the clients you may see."));
		UserAccount to = checked(user, therapist, reason, client.therapistId());
		refuseClashes(user, List.of(client), to);
		return move(user, client, to, reason.strip());
	}

	/**
	 * Moves every client of one therapist (whatever their account's status) to another.
	 * @param fromTherapistId the therapist whose clients move
	 * @return one reassignment per client moved, none when the therapist has no client
	 * @throws org.alliance.api.Forbidden for anyone but a supervisor or who manages the
	 * clinic
	 * @throws NotFound naming {@code id} for no such therapist in the clinic
	 * @throws InvalidRequest naming {@code therapist} or {@code reason}
	 */
	@Transactional
	public List<Reassignment> reassignAll(CurrentUser user, UUID fromTherapistId, String therapist, String reason) {
		ClinicalRefusals.enforce(this.access.mayReassignCaseloads(user), "");
		this.accounts.findInClinic(user.clinicId(), fromTherapistId)
			.filter(Reassignments::clinician)
			.orElseThrow(() -> new NotFound("id", "No therapist " + fromTherapistId + " in this clinic."));
		UserAccount to = checked(user, therapist, reason, fromTherapistId);
		List<Client> clients = this.records.clientsOf(user.clinicId(), fromTherapistId);
		refuseClashes(user, clients, to);
		List<Reassignment> moved = new ArrayList<>();
		clients.forEach((client) -> moved.add(move(user, client, to, reason.strip())));
		return moved;
	}

	/**
	 * How many clients each clinician of the clinic has (those with none left out): what
	 * a page that moves a therapist's clients shows, with no client named.
	 * @throws org.alliance.api.Forbidden for anyone but a supervisor or who manages the
	 * clinic
	 */
	public Map<UUID, Integer> clientsPerTherapist(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.mayReassignCaseloads(user), "");
		return this.records.clientsPerTherapist(user.clinicId());
	}

	/**
	 * The client's moves to another therapist, oldest first, for someone who reads the
	 * client's record.
	 */
	public List<Reassignment> of(CurrentUser user, UUID clientId) {
		Client client = this.records.client(user.clinicId(), clientId).orElse(null);
		if (client == null || !this.access.read(user, treated(client)).allowed()) {
			return List.of();
		}
		return this.records.reassignments(user.clinicId(), clientId);
	}

	/** Whether the client's page offers this person to move the client. */
	public boolean offered(CurrentUser user, Client client) {
		return this.access.mayReassign(user, treated(client)).allowed();
	}

	/**
	 * Whom the client may be moved to: the clinic's active therapists and supervisors
	 * other than the client's own, by name.
	 */
	public List<UserAccount> candidates(CurrentUser user, Client client) {
		return this.accounts.activeInClinic(user.clinicId())
			.stream()
			.filter(Reassignments::clinician)
			.filter((account) -> !account.id().equals(client.therapistId()))
			.sorted(java.util.Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private boolean allowed(CurrentUser user, Client client) {
		var decision = this.access.mayReassign(user, treated(client));
		if (decision instanceof org.alliance.security.ClinicalDecision.Unseen) {
			return false;
		}
		ClinicalRefusals.enforce(decision, "");
		return true;
	}

	/** The new therapist, once the reason and the therapist are checked. */
	private UserAccount checked(CurrentUser user, String therapist, String reason, UUID from) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "reason", reason, REASON_LENGTH, true);
		FieldRules.text(problems, "therapist", therapist, 320, true);
		FieldRules.refuseIfAny(problems);
		UserAccount to = find(user, therapist.strip()).filter(Reassignments::clinician)
			.orElseThrow(() -> InvalidRequest.of("therapist", "No therapist with this email in your clinic."));
		if (to.id().equals(from)) {
			throw InvalidRequest.of("therapist",
					"The clients are already " + to.displayName() + "'s: choose another therapist.");
		}
		AccountStatus status = this.accounts.status(user.clinicId(), to.id()).orElse(AccountStatus.DISABLED);
		if (status != AccountStatus.ACTIVE) {
			// The client's risk signals go to their therapist: one who cannot sign in
			// would leave them unworked.
			throw InvalidRequest.of("therapist",
					to.displayName()
							+ ((status == AccountStatus.INVITED) ? " has not accepted their invitation yet"
									: "'s account is disabled")
							+ ": choose a therapist who can sign in and work the signals.");
		}
		return to;
	}

	private Optional<UserAccount> find(CurrentUser user, String therapist) {
		Optional<UUID> id = idOf(therapist);
		return id.isPresent() ? this.accounts.findInClinic(user.clinicId(), id.get())
				: this.accounts.findByEmail(therapist).filter((a) -> a.clinicId().equals(user.clinicId()));
	}

	/**
	 * Refuses a move that would give the new therapist two clients of one pseudonym
	 * (compared without case). The message names the pseudonyms only to a supervisor, who
	 * reads every client of the clinic.
	 */
	private void refuseClashes(CurrentUser user, List<Client> clients, UserAccount to) {
		List<String> clashes = clients.stream()
			.filter((client) -> this.records.pseudonymTaken(user.clinicId(), to.id(), client.pseudonym(), client.id()))
			.map(Client::pseudonym)
			.toList();
		if (clashes.isEmpty()) {
			return;
		}
		String which = (user.role() == Role.SUPERVISOR) ? "\"" + String.join("\", \"", clashes) + "\""
				: clashes.size() + ((clashes.size() == 1) ? " client's" : " clients'");
		throw InvalidRequest.of("therapist", to.displayName() + " already has a client of the same pseudonym as "
				+ which + ": rename one of them first (pseudonyms are unique among one therapist's clients).");
	}

	private Reassignment move(CurrentUser user, Client client, UserAccount to, String reason) {
		Reassignment reassignment = new Reassignment(TimeOrderedIds.next(), client.id(), client.therapistId(), to.id(),
				user.email(), reason, this.clock.instant());
		try {
			this.records.moveClient(user.clinicId(), client.id(), to.id());
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("therapist",
					to.displayName() + " was just given a client of the same pseudonym; rename one of them first.");
		}
		this.records.insert(user.clinicId(), reassignment);
		AuditEntry entry = AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CLIENT_REASSIGNED, "client",
				client.id());
		AuditTrail.append(this.jdbc,
				new AuditEntry(entry.clinicId(), entry.actor(), entry.action(), entry.resourceType(),
						entry.resourceId(), entry.remoteAddress(), entry.occurredAt(),
						"from " + client.therapistId() + " to " + to.id()));
		this.events.publishEvent(new ClientReassigned(user.clinicId(), client.id(), client.therapistId(), to.id(),
				user.email(), reassignment.at()));
		return reassignment;
	}

	private static boolean clinician(UserAccount account) {
		return account.role() == Role.THERAPIST || account.role() == Role.SUPERVISOR;
	}

	private static Optional<UUID> idOf(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static TreatedClient treated(Client client) {
		return new TreatedClient(client.clinicId(), client.id(), client.therapistId());
	}

}
