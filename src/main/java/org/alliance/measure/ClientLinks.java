package org.alliance.measure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Respondent;
import org.alliance.measure.LinkRecords.LinkRow;
import org.alliance.security.ApiTokens;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.security.PublicUrl;
import org.alliance.storage.GroupCommit;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' personal links: a random token, stored hashed, that opens only the measures
 * due for one session. The client needs no account. A link works until it expires, a
 * person revokes it, a newer link for the same session and measures replaces it, its
 * session is cancelled or its episode of care ends ({@link LinkState}); the last two are
 * checked at every visit and at the moment of submission, whatever path changed the
 * session.
 */
@Service
public class ClientLinks {

	private final Caseload caseload;

	private final InstrumentCatalog instruments;

	private final GroupCommit groupCommit;

	private final JdbcTemplate jdbc;

	private final LinkRecords records;

	private final MeasureSettings settings;

	private final PublicUrl publicUrl;

	private final Responses responses;

	private final Clock clock;

	ClientLinks(Caseload caseload, InstrumentCatalog instruments, GroupCommit groupCommit, JdbcTemplate jdbc,
			LinkRecords records, MeasureSettings settings, PublicUrl publicUrl, Responses responses, Clock clock) {
		this.clock = clock;
		this.caseload = caseload;
		this.instruments = instruments;
		this.groupCommit = groupCommit;
		this.jdbc = jdbc;
		this.records = records;
		this.settings = settings;
		this.publicUrl = publicUrl;
		this.responses = responses;
	}

	/**
	 * Issues a link for the session; with no instruments named, the clinic's default
	 * client measures. The session's older links that still offer one of its measures
	 * stop working: only the latest link for a session and its measures is valid.
	 * @throws Conflict naming {@code session} when the session was cancelled or is dated
	 * after its episode's end, {@code id} when its episode has ended, {@code instruments}
	 * when every measure asked for is answered
	 */
	@Transactional
	public IssuedLink issue(CurrentUser user, UUID sessionId, List<String> codes) {
		return issue(user, sessionId, codes, this.settings.linkValidity());
	}

	/**
	 * Issues a link for the session that works for the given time: the one way in for
	 * every link, handed out, emailed or behind a kiosk code.
	 * @throws Conflict as {@link #issue(CurrentUser, UUID, List)}
	 * @throws InvalidRequest naming each unknown or therapist-rated instrument
	 */
	@Transactional
	public IssuedLink issue(CurrentUser user, UUID sessionId, List<String> codes, Duration validity) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		IssuedLink link = issueFor(session, codes, validity, user.email());
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "client-link", sessionId));
		return link;
	}

	/**
	 * Issues a link the system sends on its own (the measures before a booked session,
	 * the alliance check after it), for the clinic's default client measures of one kind.
	 * @param actor who the audit trail names, e.g. {@code outreach}
	 * @throws Conflict as {@link #issue(CurrentUser, UUID, List)}
	 * @throws NotFound when the clinic has no such session
	 */
	@Transactional
	public IssuedLink issueScheduled(UUID clinicId, UUID sessionId, String kind, Duration validity, String actor) {
		SessionOfClient session = this.caseload.sessionForLink(clinicId, sessionId)
			.orElseThrow(() -> new NotFound("id", "No such session."));
		IssuedLink link = issueFor(session, codesOfKind(kind), validity, actor);
		AuditTrail.append(this.jdbc, AuditTrail.entry(clinicId, actor, AuditAction.CREATE, "client-link", sessionId));
		return link;
	}

	/**
	 * Whether the link (by its token's hash) still works (not expired, not revoked or
	 * replaced) and still has a measure to answer.
	 */
	public boolean awaitsAnswers(String tokenHash) {
		Integer pending = this.jdbc.queryForObject("""
				select count(*) from administration ad join client_link l on l.token_hash = ad.link_token_hash
				where ad.link_token_hash = ? and ad.response_id is null and l.expires_at > ? and l.revoked_at is null
				and not exists (select 1 from response r where r.session_id = ad.session_id
				                and r.instrument_code = ad.instrument_code and r.respondent = 'client')""",
				Integer.class, tokenHash, Timestamp.from(this.clock.instant()));
		return pending != null && pending > 0;
	}

	private IssuedLink issueFor(SessionOfClient session, List<String> codes, Duration validity, String actor) {
		UUID sessionId = session.session().id();
		ClosedSession.why(session.session(), this.caseload.episodeEnd(session)).ifPresent((why) -> {
			throw ClosedSession.refusal(session.session(), why);
		});
		if (!this.caseload.inOpenEpisode(session)) {
			throw new Conflict("id",
					"This session belongs to an episode of care that has ended; no link is issued" + " for it.");
		}
		List<String> asked = (codes == null || codes.isEmpty()) ? this.settings.clientMeasures() : codes;
		checkClientMeasures(asked);
		List<String> requested = asked.stream()
			.distinct()
			.filter((code) -> !this.records.answeredForSession(session.clinicId(), sessionId, code))
			.toList();
		if (requested.isEmpty()) {
			throw new Conflict("instruments", "Every measure asked for is already answered for this session.");
		}
		String token = ApiTokens.randomToken();
		Instant now = this.clock.instant();
		LinkRow link = new LinkRow(TimeOrderedIds.next(), ApiTokens.hash(token), session.clinicId(), session.clientId(),
				sessionId, actor, now, now.plus(validity), null, null, null, requested);
		List<LinkRow> replaced = this.records.offeringAnyOf(sessionId, link.tokenHash(), requested);
		this.records.insert(link);
		for (LinkRow older : replaced) {
			this.records.revoke(older.id(), actor, now, "replaced");
			AuditTrail.append(this.jdbc,
					Audited.withDetail(
							AuditTrail.entry(session.clinicId(), actor, AuditAction.UPDATE, "client-link", older.id()),
							"replaced by " + link.id()));
		}
		String path = "/r/" + token;
		return new IssuedLink(link.id(), token, path, this.publicUrl.of(path), link.expiresAt(),
				List.copyOf(requested));
	}

	/**
	 * Issues a link for the clinic's default client measures of one kind: {@code symptom}
	 * for the measures before a session, {@code alliance} for the check after it.
	 * @throws InvalidRequest naming {@code kind} when the clinic offers no such measure
	 */
	public IssuedLink issueOfKind(CurrentUser user, UUID sessionId, String kind) {
		return issue(user, sessionId, codesOfKind(kind));
	}

	/**
	 * The clinic's default client measures of one kind ({@code symptom} or
	 * {@code alliance}), or all of them for no kind.
	 * @throws InvalidRequest naming {@code kind} when the clinic offers no such measure
	 */
	public List<String> codesOfKind(String kind) {
		if (kind == null || kind.isBlank()) {
			return this.settings.clientMeasures();
		}
		List<String> codes = this.settings.clientMeasures()
			.stream()
			.filter((code) -> this.instruments.find(code).map((i) -> i.kind().equals(kind)).orElse(false))
			.toList();
		if (codes.isEmpty()) {
			throw InvalidRequest.of("kind", "Use symptom (before the session) or alliance (after it).");
		}
		return codes;
	}

	/**
	 * Revokes the link: from now on it opens nothing and stores nothing, and the client
	 * reads that it is no longer valid. Who and when are kept with the link and in the
	 * audit trail. Revoking a link that has ended already changes nothing.
	 * @throws NotFound when the link is unknown or belongs to someone else's client
	 * @throws org.alliance.api.Forbidden when the person may read but not change the
	 * client's records (a supervisor not acting for the therapist)
	 */
	@Transactional
	public LinkStatus revoke(CurrentUser user, UUID linkId) {
		return revoke(user, this.records.byId(user.clinicId(), linkId).orElseThrow(() -> unknownLink(linkId)));
	}

	/**
	 * Revokes the link of the client, as {@link #revoke(CurrentUser, UUID)}.
	 * @throws NotFound also when the link is another client's
	 */
	@Transactional
	public LinkStatus revokeOfClient(CurrentUser user, UUID clientId, UUID linkId) {
		return revoke(user,
				this.records.byId(user.clinicId(), linkId)
					.filter((link) -> link.clientId().equals(clientId))
					.orElseThrow(() -> unknownLink(linkId)));
	}

	private LinkStatus revoke(CurrentUser user, LinkRow link) {
		UUID linkId = link.id();
		SessionOfClient session = this.caseload.sessionToActOn(user, link.sessionId());
		if (link.revokedAt() == null) {
			this.records.revoke(linkId, user.email(), this.clock.instant(), "revoked");
			AuditTrail.append(this.jdbc,
					Audited.withDetail(
							AuditTrail.entry(user.clinicId(), user.email(), AuditAction.UPDATE, "client-link", linkId),
							"revoked"));
		}
		return status(this.records.byId(user.clinicId(), linkId).orElseThrow(), session, this.clock.instant());
	}

	/**
	 * The session's links, newest first, each with whether it still works.
	 * @throws NotFound when the person may not see the session
	 */
	public List<LinkStatus> ofSession(CurrentUser user, UUID sessionId) {
		SessionOfClient session = this.caseload.session(user, sessionId)
			.orElseThrow(() -> new NotFound("id", "No session " + sessionId + " among your clients' sessions."));
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc,
					AuditTrail.entry(user.clinicId(), user.email(), AuditAction.READ, "client-link-list", sessionId));
			return null;
		});
		Instant now = this.clock.instant();
		return this.records.ofSession(user.clinicId(), sessionId)
			.stream()
			.map((link) -> status(link, session, now))
			.toList();
	}

	/**
	 * The client's links that still work, newest first, for the client page (which the
	 * caller has already read with the client's sessions, and audited).
	 */
	public List<LinkStatus> workingOfClient(CurrentUser user, Client client, List<CareSession> sessions) {
		Instant now = this.clock.instant();
		List<LinkStatus> working = new ArrayList<>();
		for (LinkRow link : this.records.unrevokedOfClient(user.clinicId(), client.id(), now)) {
			sessions.stream()
				.filter((s) -> s.id().equals(link.sessionId()))
				.findFirst()
				.map((s) -> status(link, new SessionOfClient(s, client.therapistId()), now))
				.filter((status) -> status.state() == LinkState.VALID)
				.ifPresent(working::add);
		}
		return working;
	}

	/**
	 * The link's due measures, if the token is known and not expired.
	 * @throws LinkNoLongerValid when the link has ended otherwise: revoked, replaced, its
	 * session cancelled or its episode ended
	 */
	public Optional<LinkVisit> open(String token) {
		Instant now = this.clock.instant();
		Optional<LinkRow> found = this.records.byHash(ApiTokens.hash(token));
		Optional<SessionOfClient> session = found
			.flatMap((link) -> this.caseload.sessionForLink(link.clinicId(), link.sessionId()));
		if (found.isEmpty() || session.isEmpty()) {
			return Optional.empty();
		}
		LinkRow link = found.get();
		LinkState state = status(link, session.get(), now).state();
		if (state == LinkState.EXPIRED) {
			return Optional.empty();
		}
		if (state != LinkState.VALID) {
			throw new LinkNoLongerValid(link.clinicId(), state);
		}
		return Optional.of(visit(link, session.get()));
	}

	/**
	 * Stores the client's answers to one due measure of the link, if the link is still
	 * valid at this moment (a form opened before the session was cancelled and sent after
	 * is refused, and nothing is stored).
	 * @throws NotFound when the link is unknown or expired, or the measure is not due on
	 * it
	 * @throws LinkNoLongerValid when the link has ended
	 * @throws InvalidRequest naming every bad answer
	 */
	public Recorded answer(String token, String instrumentCode, Map<String, Answer> answers) {
		LinkVisit visit = open(token).orElseThrow(() -> new NotFound("token", "This link is unknown or has expired."));
		Instrument instrument = visit.due()
			.stream()
			.filter((due) -> due.code().equals(instrumentCode))
			.findFirst()
			.orElseThrow(() -> new NotFound("instrument", "This measure is not due on this link."));
		try {
			return this.responses.storeFromLink(visit.session(),
					new Submission(instrument.code(), Respondent.CLIENT.wireName(), answers), ApiTokens.hash(token));
		}
		catch (LinkAnswer.AnsweredOnLink | AlreadyAnswered ex) {
			throw new NotFound("instrument", "This measure was already answered for this session.");
		}
	}

	private LinkStatus status(LinkRow link, SessionOfClient session, Instant now) {
		CareSession care = session.session();
		LinkState state = LinkState.of(link.revokedWhy(), link.expiresAt(), now, care.attendance(),
				this.caseload.inOpenEpisode(session));
		return new LinkStatus(link.id(), link.sessionId(), care.number(), care.date(), link.instruments(),
				link.createdBy(), link.createdAt(), link.expiresAt(), link.revokedAt(), link.revokedBy(), state);
	}

	private LinkVisit visit(LinkRow link, SessionOfClient session) {
		List<Instrument> due = this.records.due(link.tokenHash())
			.stream()
			.flatMap((code) -> this.instruments.find(code).stream())
			.toList();
		Map<String, Map<String, Answer>> answered = this.records.answered(link.tokenHash());
		this.groupCommit.commit((jdbc) -> {
			AuditTrail.append(jdbc, AuditTrail.entry(link.clinicId(), Responses.CLIENT_LINK, AuditAction.READ,
					"client-link", link.sessionId()));
			return null;
		});
		return new LinkVisit(session, due, link.expiresAt(), answered);
	}

	private static NotFound unknownLink(UUID linkId) {
		return new NotFound("id", "No personal link " + linkId + " among your clients' links.");
	}

	private void checkClientMeasures(List<String> codes) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			Optional<Instrument> instrument = this.instruments.find(codes.get(i));
			if (instrument.isEmpty() || !instrument.get().administrable()) {
				problems.add(new FieldProblem("instruments[" + i + "]", "Unknown, or needs its licensed item text."));
			}
			else if (instrument.get().respondent() != Respondent.CLIENT) {
				problems.add(new FieldProblem("instruments[" + i + "]", "Answered by the therapist, not the client."));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
	}

}
