package org.alliance.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.measure.LinkVisit;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda the client proposes before a session (collaboration includes setting the
 * agenda together: docs/manual.md, "Collaboration"): up to three items of free text per
 * session, proposed on the phone behind the session's personal link or entered by staff
 * for the client, and marked taken up by the therapist. Every read and write is audited.
 */
@Service
public class Agenda {

	/** The longest item kept. */
	public static final int TEXT_LENGTH = 300;

	private final CollaborationRecords records;

	private final Caseload caseload;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final CollaborationSettings settings;

	private final Clock clock;

	Agenda(CollaborationRecords records, Caseload caseload, AuditTrail audit, JdbcTemplate jdbc,
			CollaborationSettings settings, Clock clock) {
		this.records = records;
		this.caseload = caseload;
		this.audit = audit;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The session's agenda, in the order proposed. */
	public List<AgendaItem> ofSession(CurrentUser user, UUID sessionId) {
		SessionOfClient session = session(user, sessionId);
		this.audit.recordRead(user, "agenda", sessionId);
		return this.records.agendaOfSession(user.clinicId(), session.session().id());
	}

	/** The client's agenda items of every session, by session. */
	public List<AgendaItem> ofClient(CurrentUser user, UUID clientId) {
		this.caseload.visibleClient(user, clientId);
		this.audit.recordRead(user, "agenda", clientId);
		return this.records.agendaOfClient(user.clinicId(), clientId);
	}

	/**
	 * An item staff enter for the client (from a paper form or a call): recorded as
	 * entered on the client's behalf.
	 * @throws InvalidRequest naming {@code text}
	 */
	@Transactional
	public AgendaItem propose(CurrentUser user, UUID sessionId, String text) {
		return add(this.caseload.sessionToActOn(user, sessionId), text, user.email(), true, this.clock.instant());
	}

	/**
	 * An item entered for the client as {@link #propose(CurrentUser, UUID, String)} does,
	 * at a past moment: a simulated or imported history's (the demo clinic's topics on
	 * their sessions' days). No route calls it: what a person enters is recorded when it
	 * is entered.
	 * @param asOf not in the future
	 */
	@Transactional
	public AgendaItem propose(CurrentUser user, UUID sessionId, String text, Instant asOf) {
		return add(this.caseload.sessionToActOn(user, sessionId), text, user.email(), true,
				AsOf.past(asOf, this.clock));
	}

	/**
	 * An item the client proposes on the phone, for the session of the link.
	 * @throws InvalidRequest naming {@code text}
	 */
	@Transactional
	public AgendaItem proposeFromLink(LinkVisit visit, String text) {
		if (!openForProposals(visit)) {
			throw InvalidRequest.of("text", "This session has taken place; topics are proposed before a session.");
		}
		return add(visit.session(), text, Tasks.CLIENT_LINK, false, this.clock.instant());
	}

	/**
	 * Whether the client may still propose topics on the link: its session is today (in
	 * the clinic's time zone) or later (a link handed out after a session is for the
	 * alliance check).
	 */
	boolean openForProposals(LinkVisit visit) {
		return !visit.session().session().date().isBefore(this.caseload.today(visit.session().clinicId()));
	}

	/** The items proposed for the link's session, for the client's own portal. */
	List<AgendaItem> forLink(LinkVisit visit) {
		return this.records.agendaOfSession(visit.session().clinicId(), visit.session().session().id());
	}

	/** The therapist marks an item taken up in the session. */
	@Transactional
	public AgendaItem takeUp(CurrentUser user, UUID itemId) {
		return takenUp(user, itemId, this.clock.instant());
	}

	/**
	 * The therapist marks an item taken up as {@link #takeUp(CurrentUser, UUID)} does, at
	 * a past moment: a simulated or imported history's (in the demo clinic's session, on
	 * its day). No route calls it: a person's step is recorded when it is taken.
	 * @param asOf not in the future
	 */
	@Transactional
	public AgendaItem takeUp(CurrentUser user, UUID itemId, Instant asOf) {
		return takenUp(user, itemId, AsOf.past(asOf, this.clock));
	}

	private AgendaItem takenUp(CurrentUser user, UUID itemId, Instant now) {
		NotFound missing = new NotFound("id", "No agenda item " + itemId + " among your clients'.");
		AgendaItem item = this.records.agendaItem(user.clinicId(), itemId).orElseThrow(() -> missing);
		try {
			this.caseload.clientToActOn(user, item.clientId());
		}
		catch (NotFound ex) {
			throw missing;
		}
		if (item.takenUp()) {
			throw new Conflict("id", "This item was already taken up.");
		}
		this.records.takeUp(user.clinicId(), itemId, user.email(), now);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "agenda-item", itemId));
		return new AgendaItem(item.id(), item.clientId(), item.sessionId(), item.sessionNumber(), item.wording(),
				item.enteredBy(), item.onBehalf(), item.proposedAt(), now, user.email());
	}

	private AgendaItem add(SessionOfClient session, String text, String by, boolean onBehalf, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "text", text, TEXT_LENGTH, true);
		FieldRules.refuseIfAny(problems);
		if (!this.caseload.inOpenEpisode(session)) {
			throw InvalidRequest.of("text", "This session belongs to an episode of care that has ended.");
		}
		int already = this.records.agendaOfSession(session.clinicId(), session.session().id()).size();
		if (already >= this.settings.agendaItemsPerSession()) {
			throw InvalidRequest.of("text", "A session takes up to " + this.settings.agendaItemsPerSession()
					+ " agenda items; this one has " + already + ".");
		}
		AgendaItem item = new AgendaItem(TimeOrderedIds.next(), session.clientId(), session.session().id(),
				session.session().number(), text.strip(), by, onBehalf, at, null, null);
		this.records.insert(session.clinicId(), item);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(session.clinicId(), by, AuditAction.CREATE, "agenda-item", item.id()));
		return item;
	}

	private SessionOfClient session(CurrentUser user, UUID sessionId) {
		return this.caseload.session(user, sessionId)
			.orElseThrow(() -> new NotFound("id", "No session " + sessionId + " among your clients' sessions."));
	}

}
