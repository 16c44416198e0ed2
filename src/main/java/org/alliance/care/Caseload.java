package org.alliance.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;
import org.alliance.api.ClinicalRefusals;
import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.Forbidden;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.security.AccountStatus;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.ClinicalAccess;
import org.alliance.security.ClinicalDecision;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.TreatedClient;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients a person may see and what may be done with them, as {@link ClinicalAccess}
 * decides: a therapist reads and changes only their own clients; a supervisor reads every
 * client of the clinic and changes another therapist's client only while acting for the
 * therapist; an admin account reads none; nobody reaches another clinic's. Every read and
 * write is audited.
 */
@Service
public class Caseload {

	/**
	 * A pseudonym is unique among one therapist's clients only: a clinic-wide rule would
	 * tell a therapist that a colleague's client, whom they may not see, holds the name.
	 */
	private static final String PSEUDONYM_TAKEN = "Another client of the same therapist already has this pseudonym.";

	/** The pseudonym column's size. */
	public static final int PSEUDONYM_LENGTH = 120;

	/** Stands for "no client" where a lookup excludes one. */
	private static final UUID NO_CLIENT = new UUID(0, 0);

	/** No course of therapy has more sessions; a larger number is a typing error. */
	public static final int MAX_SESSION_NUMBER = 1000;

	private final CareRecords records;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final ClinicalAccess access;

	private final Clinics clinics;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Caseload(CareRecords records, UserAccounts accounts, AuditTrail audit, JdbcTemplate jdbc, ClinicalAccess access,
			Clinics clinics, Clock clock, ApplicationEventPublisher events) {
		this.records = records;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.access = access;
		this.clinics = clinics;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Takes a client on and opens their first episode of care.
	 * @param pseudonym 1 to 120 characters with at least one visible one and no invisible
	 * formatting ({@link FieldRules#visibleName}), unique among the therapist's clients;
	 * surrounding blanks are dropped
	 * @throws InvalidRequest naming {@code pseudonym}, {@code therapist} (none of the
	 * clinic's therapists, or one whose account is invited or disabled) or
	 * {@code episodeStart}
	 * @throws Conflict naming {@code pseudonym} when another client took it meanwhile
	 */
	@Transactional
	public Client admit(CurrentUser user, String pseudonym, String therapistEmail, LocalDate episodeStart) {
		return admitted(user, pseudonym, therapistEmail, episodeStart, this.clock.instant());
	}

	/**
	 * Takes a client on as {@link #admit(CurrentUser, String, String, LocalDate)} does,
	 * at a past moment: a simulated or imported history's (the demo clinic's clients on
	 * the days their episodes started). No route calls it: a person's admission is
	 * recorded when it is made.
	 * @param asOf not in the future
	 */
	@Transactional
	public Client admit(CurrentUser user, String pseudonym, String therapistEmail, LocalDate episodeStart,
			Instant asOf) {
		return admitted(user, pseudonym, therapistEmail, episodeStart, AsOf.past(asOf, this.clock));
	}

	private Client admitted(CurrentUser user, String pseudonym, String therapistEmail, LocalDate episodeStart,
			Instant at) {
		readsWholeClinic(user);
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.visibleName(problems, "pseudonym", pseudonym, PSEUDONYM_LENGTH);
		FieldRules.text(problems, "therapist", therapistEmail, 320, true);
		FieldRules.date(problems, "episodeStart", episodeStart);
		FieldRules.refuseIfAny(problems);
		String name = pseudonym.strip();
		UserAccount therapist = treatingTherapist(user, therapistEmail);
		if (this.records.pseudonymTaken(user.clinicId(), therapist.id(), name, NO_CLIENT)) {
			throw InvalidRequest.of("pseudonym", PSEUDONYM_TAKEN);
		}
		Client client = new Client(TimeOrderedIds.next(), user.clinicId(), therapist.id(), name, at);
		try {
			this.records.insert(client);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("pseudonym", "Another client of the same therapist was just given this pseudonym.");
		}
		this.records.insert(user.clinicId(), new Episode(TimeOrderedIds.next(), client.id(), episodeStart, null, null));
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "client", client.id()));
		return client;
	}

	/**
	 * The clients this person may see: a supervisor's whole clinic, a therapist's own.
	 * @throws Forbidden for an admin account, which reads no clinical record
	 */
	public List<Client> visibleTo(CurrentUser user) {
		List<Client> clients = readsWholeClinic(user) ? this.records.clients(user.clinicId())
				: this.records.clientsOf(user.clinicId(), user.userId());
		this.audit.recordRead(user, "client-list", null);
		return clients;
	}

	/**
	 * The sessions of every client this person may see, by client, each list by date:
	 * what the caseload needs to show the last and the next session at a glance.
	 */
	public Map<UUID, List<CareSession>> sessionsByClient(CurrentUser user) {
		List<CareSession> sessions = this.records.sessionsOfCaseload(user.clinicId(),
				readsWholeClinic(user) ? null : user.userId());
		this.audit.recordRead(user, "session-list", null);
		Map<UUID, List<CareSession>> byClient = new HashMap<>();
		sessions
			.forEach((session) -> byClient.computeIfAbsent(session.clientId(), (k) -> new ArrayList<>()).add(session));
		return byClient;
	}

	/**
	 * The episodes of care of every client this person may see, by client, each list by
	 * start date: what clinic-wide outcome rates count.
	 */
	public Map<UUID, List<Episode>> episodesByClient(CurrentUser user) {
		List<Episode> episodes = this.records.episodesOfCaseload(user.clinicId(),
				readsWholeClinic(user) ? null : user.userId());
		this.audit.recordRead(user, "episode-list", null);
		Map<UUID, List<Episode>> byClient = new HashMap<>();
		episodes
			.forEach((episode) -> byClient.computeIfAbsent(episode.clientId(), (k) -> new ArrayList<>()).add(episode));
		return byClient;
	}

	/**
	 * The client, if this person may see them.
	 * @throws NotFound for a client of another clinic or of another therapist's (for a
	 * therapist)
	 * @throws Forbidden for an admin account
	 */
	public Client client(CurrentUser user, UUID clientId) {
		Client client = visibleClient(user, clientId);
		this.audit.recordRead(user, "client", clientId);
		return client;
	}

	public List<Episode> episodes(CurrentUser user, UUID clientId) {
		visibleClient(user, clientId);
		this.audit.recordRead(user, "episode", clientId);
		return this.records.episodes(user.clinicId(), clientId);
	}

	public List<CareSession> sessions(CurrentUser user, UUID clientId) {
		visibleClient(user, clientId);
		this.audit.recordRead(user, "session-list", clientId);
		return this.records.sessions(user.clinicId(), clientId);
	}

	/**
	 * Records a session that took place (or was cancelled) in the client's open episode,
	 * with its date only; a session ahead is booked instead ({@link SessionBookings}).
	 * @param number from 1 to {@value #MAX_SESSION_NUMBER}, unique in the episode
	 * @param attendance attended, no-show or cancelled; attended and no-show only for a
	 * day that has come in the clinic's time zone
	 * @throws InvalidRequest naming {@code number}, {@code date} or {@code attendance}
	 * @throws Conflict naming {@code number} when the number was taken meanwhile
	 */
	@Transactional
	public CareSession recordSession(CurrentUser user, UUID clientId, Integer number, LocalDate date,
			Attendance attendance) {
		clientToActOn(user, clientId);
		List<FieldProblem> checked = new ArrayList<>();
		FieldRules.whole(checked, "number", number, 1, MAX_SESSION_NUMBER);
		FieldRules.date(checked, "date", date);
		if (attendance == null || attendance == Attendance.BOOKED) {
			checked.add(new FieldProblem("attendance", Attendance.CHOICES));
		}
		FieldRules.refuseIfAny(checked);
		Episode episode = openEpisode(user.clinicId(), clientId)
			.orElseThrow(() -> InvalidRequest.of("number", "The client has no open episode of care."));
		List<FieldProblem> problems = new ArrayList<>();
		if (this.records.sessionNumberTaken(episode.id(), number)) {
			problems.add(new FieldProblem("number", "This episode already has a session " + number + "."));
		}
		if (date.isBefore(episode.start())) {
			problems.add(new FieldProblem("date", "The episode started on " + episode.start() + "."));
		}
		if (attendance != Attendance.CANCELLED && date.isAfter(today(user.clinicId()))) {
			problems.add(new FieldProblem("date", "This day is still to come: book the session (status booked, with"
					+ " its start) and record whether the client came once it has happened."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		CareSession session = new CareSession(TimeOrderedIds.next(), user.clinicId(), clientId, episode.id(), number,
				date, attendance);
		try {
			this.records.insert(session);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("number", "This episode was just given a session " + number + ".");
		}
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "session", session.id()));
		return session;
	}

	/**
	 * Opens a new episode of care for a returning client; refused while one is still
	 * open.
	 */
	@Transactional
	public Episode openEpisode(CurrentUser user, UUID clientId, LocalDate start) {
		clientToActOn(user, clientId);
		List<FieldProblem> checked = new ArrayList<>();
		FieldRules.date(checked, "start", start);
		FieldRules.refuseIfAny(checked);
		List<Episode> episodes = this.records.episodes(user.clinicId(), clientId);
		if (episodes.stream().anyMatch(Episode::open)) {
			throw InvalidRequest.of("start", "The client's current episode is still open; end it first.");
		}
		if (episodes.stream().anyMatch((e) -> start.isBefore(e.end()))) {
			throw InvalidRequest.of("start", "A new episode cannot start before an earlier one ended.");
		}
		Episode episode = new Episode(TimeOrderedIds.next(), clientId, start, null, null);
		try {
			this.records.insert(user.clinicId(), episode);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("start", "Another episode of this client was opened at the same moment.");
		}
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "episode", episode.id()));
		return episode;
	}

	/**
	 * Ends the client's open episode, refused while bookings are still to come in it.
	 * @see #endEpisode(CurrentUser, UUID, LocalDate, EndReason, boolean)
	 */
	public Episode endEpisode(CurrentUser user, UUID clientId, LocalDate date, EndReason reason) {
		return endEpisode(user, clientId, date, reason, false);
	}

	/**
	 * Ends the client's open episode; publishes {@link EpisodeEnded}.
	 * @param cancelBookings whether to cancel the episode's bookings still to come
	 * ({@link #bookingsToCome}), each published as {@link SessionCancelled}
	 * @throws InvalidRequest naming {@code date} or {@code reason}
	 * @throws Conflict naming {@code cancelBookings}, and the bookings, when there are
	 * bookings to come and they are not to be cancelled
	 */
	@Transactional
	public Episode endEpisode(CurrentUser user, UUID clientId, LocalDate date, EndReason reason,
			boolean cancelBookings) {
		clientToActOn(user, clientId);
		List<FieldProblem> checked = new ArrayList<>();
		FieldRules.date(checked, "date", date);
		if (reason == null) {
			checked.add(new FieldProblem("reason", EndReason.CHOICES));
		}
		FieldRules.refuseIfAny(checked);
		Episode episode = openEpisode(user.clinicId(), clientId)
			.orElseThrow(() -> InvalidRequest.of("date", "The client has no open episode of care."));
		Episode ended;
		try {
			ended = episode.endedOn(date, reason);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequest.of("date", ex.getMessage());
		}
		List<CareSession> toCome = bookingsToCome(user.clinicId(), clientId, episode, date);
		if (!toCome.isEmpty() && !cancelBookings) {
			ZoneId zone = this.clinics.timeZone(user.clinicId());
			throw new Conflict("cancelBookings",
					"The episode has bookings still to come: " + String.join(", ",
							toCome.stream().map((s) -> "session " + s.number() + " (" + s.when(zone) + ")").toList())
							+ ". End it with cancelBookings true to cancel them.");
		}
		for (CareSession booking : toCome) {
			cancelBooking(user, booking);
		}
		this.records.update(user.clinicId(), ended);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "episode", episode.id()));
		this.events.publishEvent(new EpisodeEnded(user.clinicId(), clientId, episode.id(), date, reason));
		return ended;
	}

	/**
	 * The bookings of the client's open episode still to come if it ended on {@code end}:
	 * booked sessions that start later than now or on a later day. Empty without an open
	 * episode.
	 */
	public List<CareSession> bookingsToCome(CurrentUser user, UUID clientId, LocalDate end) {
		clientToActOn(user, clientId);
		return openEpisode(user.clinicId(), clientId)
			.map((episode) -> bookingsToCome(user.clinicId(), clientId, episode, end))
			.orElse(List.of());
	}

	private List<CareSession> bookingsToCome(UUID clinicId, UUID clientId, Episode episode, LocalDate end) {
		Instant now = this.clock.instant();
		ZoneId zone = this.clinics.timeZone(clinicId);
		return this.records.sessions(clinicId, clientId)
			.stream()
			.filter((s) -> s.episodeId().equals(episode.id()) && s.booked())
			.filter((s) -> (end != null && s.date().isAfter(end)) || !s.started(now, zone))
			.toList();
	}

	private void cancelBooking(CurrentUser user, CareSession booking) {
		this.records.changeAttendance(user.clinicId(), booking.id(), Attendance.CANCELLED);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "session", booking.id()));
		this.events.publishEvent(SessionCancelled.of(booking));
	}

	/** Today in the clinic's time zone, by the application's clock. */
	public LocalDate today(UUID clinicId) {
		return LocalDate.ofInstant(this.clock.instant(), this.clinics.timeZone(clinicId));
	}

	/**
	 * Gives the client another pseudonym, by the same rules as at admission.
	 * @throws InvalidRequest naming {@code pseudonym}
	 * @throws Conflict naming {@code pseudonym} when another client took it meanwhile
	 */
	@Transactional
	public Client rename(CurrentUser user, UUID clientId, String pseudonym) {
		Client client = clientToActOn(user, clientId);
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.visibleName(problems, "pseudonym", pseudonym, PSEUDONYM_LENGTH);
		FieldRules.refuseIfAny(problems);
		String name = pseudonym.strip();
		if (this.records.pseudonymTaken(user.clinicId(), client.therapistId(), name, clientId)) {
			throw InvalidRequest.of("pseudonym", PSEUDONYM_TAKEN);
		}
		try {
			this.records.rename(user.clinicId(), clientId, name);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("pseudonym", "Another client of the same therapist was just given this pseudonym.");
		}
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "client", clientId));
		return new Client(client.id(), client.clinicId(), client.therapistId(), name, client.createdAt());
	}

	/**
	 * Records whether the client came to a session, or changes it: a booked session
	 * becomes attended or no-show once it has started, or cancelled at any time.
	 * Publishes {@link AttendanceRecorded}, and {@link SessionCancelled} when a booking
	 * is cancelled.
	 * @throws NotFound when the session is not among those this person may see
	 * @throws InvalidRequest naming {@code attendance}: none of attended, no-show or
	 * cancelled, or attended or no-show for a session still to come
	 */
	@Transactional
	public CareSession changeAttendance(CurrentUser user, UUID sessionId, Attendance attendance) {
		CareSession before = sessionToActOn(user, sessionId).session();
		if (attendance == null) {
			throw InvalidRequest.of("attendance", Attendance.CHOICES);
		}
		CareSession after;
		try {
			after = before.recorded(attendance, this.clock.instant(), this.clinics.timeZone(user.clinicId()));
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw InvalidRequest.of("attendance", ex.getMessage());
		}
		this.records.changeAttendance(user.clinicId(), sessionId, attendance);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "session", sessionId));
		if (before.booked() && attendance == Attendance.CANCELLED) {
			this.events.publishEvent(SessionCancelled.of(before));
		}
		this.events.publishEvent(AttendanceRecorded.of(after));
		return after;
	}

	/** Whether the session's episode of care is still open. */
	public boolean inOpenEpisode(SessionOfClient session) {
		return this.records.episodeOpen(session.clinicId(), session.session().episodeId());
	}

	/**
	 * The day the session's episode of care ended, or empty while it is open: measures
	 * are not taken for a session dated after it.
	 */
	public Optional<LocalDate> episodeEnd(SessionOfClient session) {
		return this.records.episodeEnd(session.clinicId(), session.session().episodeId());
	}

	/**
	 * The session with its client's therapist, if this person may read it. Not audited
	 * here: the caller audits what it does with the session.
	 * @throws Forbidden for an admin account
	 */
	public Optional<SessionOfClient> session(CurrentUser user, UUID sessionId) {
		readsWholeClinic(user);
		return this.records.sessionOfClient(user.clinicId(), sessionId)
			.filter((found) -> allowed(user, treated(found), this.access::read));
	}

	/**
	 * The session with its client's therapist, when this person may change the client's
	 * records: the client's therapist, or a supervisor acting for them. Not audited here.
	 * @throws NotFound when the person may not see the session
	 * @throws org.alliance.api.ActForRequired for a supervisor not acting for the
	 * therapist
	 * @throws Forbidden for an admin account
	 */
	public SessionOfClient sessionToActOn(CurrentUser user, UUID sessionId) {
		readsWholeClinic(user);
		return this.records.sessionOfClient(user.clinicId(), sessionId)
			.filter((found) -> allowed(user, treated(found), this.access::act))
			.orElseThrow(() -> new NotFound("id", "No session " + sessionId + " among your clients' sessions."));
	}

	/**
	 * A session reached through a client's personal link, which already names clinic and
	 * client.
	 */
	public Optional<SessionOfClient> sessionForLink(UUID clinicId, UUID sessionId) {
		return this.records.sessionOfClient(clinicId, sessionId);
	}

	/**
	 * The client, for an evaluation the system runs (e.g. to route a signal to the
	 * client's therapist); the caller audits its own use of clinical data.
	 */
	public Optional<Client> clientForEvaluation(UUID clinicId, UUID clientId) {
		return this.records.client(clinicId, clientId);
	}

	/**
	 * The clinic's ended episodes (planned, dropout or other), oldest first, for an
	 * evaluation the system runs (e.g. fitting the expected treatment response); the
	 * caller audits its own use of clinical data.
	 */
	public List<Episode> endedEpisodesForEvaluation(UUID clinicId) {
		return this.records.endedEpisodes(clinicId);
	}

	/**
	 * Every client, episode and session of the clinic, for an evaluation the system runs
	 * over the whole clinic (outcome models fitted on its finished episodes); the caller
	 * audits its own use of clinical data.
	 */
	public ClinicCare clinicForEvaluation(UUID clinicId) {
		return new ClinicCare(this.records.clients(clinicId), this.records.episodesOfCaseload(clinicId, null),
				this.records.sessionsOfCaseload(clinicId, null));
	}

	/**
	 * One client with their episodes and sessions, for an evaluation the system runs on
	 * that client (e.g. after one of their answers); empty when there is no such client.
	 * The caller audits its own use of clinical data.
	 */
	public ClinicCare clientCareForEvaluation(UUID clinicId, UUID clientId) {
		return this.records.client(clinicId, clientId)
			.map((client) -> new ClinicCare(List.of(client), this.records.episodes(clinicId, clientId),
					this.records.sessions(clinicId, clientId)))
			.orElseGet(() -> new ClinicCare(List.of(), List.of(), List.of()));
	}

	/**
	 * The clients, by id, for a supervisor or duty clinician covering their risk signals
	 * ({@link ClinicalAccess#coverRisk}): what the risk view and a risk signal's page
	 * name the client by (the pseudonym) and who treats them, nothing else of the record.
	 * The caller passes only the clients of the risk signals it shows. Each read is
	 * audited; a client the person may not cover is left out.
	 */
	public Map<UUID, Client> forRiskCover(CurrentUser user, Collection<UUID> clientIds) {
		readsWholeClinic(user);
		Map<UUID, Client> clients = new HashMap<>();
		for (UUID id : clientIds) {
			this.records.client(user.clinicId(), id)
				.filter((client) -> this.access.coverRisk(user, treated(client)).allowed())
				.ifPresent((client) -> {
					this.audit.recordRead(user, "client-for-risk", id);
					clients.put(id, client);
				});
		}
		return clients;
	}

	/**
	 * The client without an audit line, for a caller that audits its own use.
	 * @throws NotFound when the person may not see the client
	 * @throws Forbidden for an admin account
	 */
	public Client visibleClient(CurrentUser user, UUID clientId) {
		readsWholeClinic(user);
		return this.records.client(user.clinicId(), clientId)
			.filter((client) -> allowed(user, treated(client), this.access::read))
			.orElseThrow(() -> unseenClient(clientId));
	}

	/**
	 * The client, when this person may change their records: their therapist, or a
	 * supervisor acting for the therapist (then every audit line of the request names the
	 * grant). Without an audit line, for a caller that audits its own change.
	 * @throws NotFound when the person may not see the client
	 * @throws org.alliance.api.ActForRequired for a supervisor not acting for the
	 * therapist
	 * @throws Forbidden for an admin account
	 */
	public Client clientToActOn(CurrentUser user, UUID clientId) {
		readsWholeClinic(user);
		return this.records.client(user.clinicId(), clientId)
			.filter((client) -> allowed(user, treated(client), this.access::act))
			.orElseThrow(() -> unseenClient(clientId));
	}

	/**
	 * Whether the person reads lists across the whole clinic rather than their own;
	 * refused for an account that reads no clinical record, before anything is looked up,
	 * so the refusal says nothing about whether a record exists.
	 */
	private boolean readsWholeClinic(CurrentUser user) {
		ClinicalRefusals.enforce(this.access.readCaseload(user), "No clinical records.");
		return this.access.readsWholeClinic(user);
	}

	/**
	 * Whether the decision allows it: true, false for a client the person may not know of
	 * (the caller answers 404), or the refusal thrown.
	 */
	private static boolean allowed(CurrentUser user, TreatedClient client,
			BiFunction<CurrentUser, TreatedClient, ClinicalDecision> decide) {
		ClinicalDecision decision = decide.apply(user, client);
		if (decision instanceof ClinicalDecision.Unseen) {
			return false;
		}
		ClinicalRefusals.enforce(decision, "");
		return true;
	}

	private static TreatedClient treated(Client client) {
		return new TreatedClient(client.clinicId(), client.id(), client.therapistId());
	}

	private static TreatedClient treated(SessionOfClient session) {
		return new TreatedClient(session.clinicId(), session.clientId(), session.therapistId());
	}

	private static NotFound unseenClient(UUID clientId) {
		return new NotFound("id", "No client " + clientId + " among the clients you may see.");
	}

	private Optional<Episode> openEpisode(UUID clinicId, UUID clientId) {
		return this.records.episodes(clinicId, clientId).stream().filter(Episode::open).findFirst();
	}

	private UserAccount treatingTherapist(CurrentUser user, String email) {
		// Taking a client on is a clinical act: an admin account does not; a supervisor
		// assigns a new client to any therapist of the clinic (it changes no one's
		// existing
		// records); a therapist takes on their own.
		boolean assigns = readsWholeClinic(user);
		UserAccount therapist = this.accounts.findByEmail(email)
			.filter((account) -> account.clinicId().equals(user.clinicId()))
			.filter((account) -> account.role() == Role.THERAPIST || account.role() == Role.SUPERVISOR)
			.orElseThrow(() -> InvalidRequest.of("therapist", "No therapist with this email in your clinic."));
		if (!assigns && !therapist.id().equals(user.userId())) {
			throw new Forbidden("therapist", "A therapist can only take on clients of their own.");
		}
		// A client's risk signals go to their therapist: one who cannot sign in (not yet,
		// or no longer) would leave them unworked.
		AccountStatus status = this.accounts.status(user.clinicId(), therapist.id()).orElse(AccountStatus.DISABLED);
		if (status != AccountStatus.ACTIVE) {
			throw InvalidRequest.of("therapist",
					therapist.displayName()
							+ ((status == AccountStatus.INVITED) ? " has not accepted their invitation yet"
									: "'s account is disabled")
							+ ": take the client on for a therapist who can sign in and work their signals.");
		}
		return therapist;
	}

}
