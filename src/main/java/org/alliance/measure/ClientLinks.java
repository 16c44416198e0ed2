package org.alliance.measure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.alliance.storage.TimeOrderedIds;
import org.alliance.api.Conflict;
import org.alliance.api.FieldProblem;
import org.alliance.api.InvalidRequest;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Answer;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.instrument.Respondent;
import org.alliance.security.ApiTokens;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.security.PublicUrl;
import org.alliance.storage.GroupCommit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' personal links: a random token, stored hashed, that expires and opens only the
 * measures due for one session. The client needs no account.
 */
@Service
public class ClientLinks {

	private final Caseload caseload;

	private final InstrumentCatalog instruments;

	private final GroupCommit groupCommit;

	private final JdbcTemplate jdbc;

	private final MeasureSettings settings;

	private final PublicUrl publicUrl;

	private final Responses responses;

	ClientLinks(Caseload caseload, InstrumentCatalog instruments, GroupCommit groupCommit, JdbcTemplate jdbc,
			MeasureSettings settings, PublicUrl publicUrl, Responses responses) {
		this.caseload = caseload;
		this.instruments = instruments;
		this.groupCommit = groupCommit;
		this.jdbc = jdbc;
		this.settings = settings;
		this.publicUrl = publicUrl;
		this.responses = responses;
	}

	/**
	 * Issues a link for the session; with no instruments named, the clinic's default
	 * client measures.
	 */
	@Transactional
	public IssuedLink issue(CurrentUser user, UUID sessionId, List<String> codes) {
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		if (!this.caseload.inOpenEpisode(session)) {
			throw new Conflict("id",
					"This session belongs to an episode of care that has ended; no link is issued" + " for it.");
		}
		List<String> asked = (codes == null || codes.isEmpty()) ? this.settings.clientMeasures() : codes;
		checkClientMeasures(asked);
		List<String> requested = asked.stream()
			.distinct()
			.filter((code) -> !answeredForSession(session, code))
			.toList();
		if (requested.isEmpty()) {
			throw new Conflict("instruments", "Every measure asked for is already answered for this session.");
		}
		String token = ApiTokens.randomToken();
		String hash = ApiTokens.hash(token);
		Instant now = Instant.now();
		Instant expires = now.plus(this.settings.linkValidity());
		this.jdbc.update(
				"""
						insert into client_link (token_hash, clinic_id, client_id, session_id, created_by, created_at, expires_at)
						values (?, ?, ?, ?, ?, ?, ?)""",
				hash, session.clinicId(), session.clientId(), sessionId, user.email(), Timestamp.from(now),
				Timestamp.from(expires));
		for (int position = 0; position < requested.size(); position++) {
			this.jdbc.update("""
					insert into administration (id, clinic_id, session_id, client_id, instrument_code, respondent,
					position, link_token_hash, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", TimeOrderedIds.next(),
					session.clinicId(), sessionId, session.clientId(), requested.get(position),
					Respondent.CLIENT.wireName(), position, hash, Timestamp.from(now));
		}
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "client-link", sessionId));
		String path = "/r/" + token;
		return new IssuedLink(token, path, this.publicUrl.of(path), expires, List.copyOf(requested));
	}

	/**
	 * Issues a link for the clinic's default client measures of one kind: {@code symptom}
	 * for the measures before a session, {@code alliance} for the check after it.
	 * @throws InvalidRequest naming {@code kind} when the clinic offers no such measure
	 */
	public IssuedLink issueOfKind(CurrentUser user, UUID sessionId, String kind) {
		List<String> codes = this.settings.clientMeasures()
			.stream()
			.filter((code) -> this.instruments.find(code).map((i) -> i.kind().equals(kind)).orElse(false))
			.toList();
		if (codes.isEmpty()) {
			throw InvalidRequest.of("kind", "Use symptom (before the session) or alliance (after it).");
		}
		return issue(user, sessionId, codes);
	}

	/** The link's due measures, if the token is known and not expired. */
	public Optional<LinkVisit> open(String token) {
		String hash = ApiTokens.hash(token);
		return this.jdbc.query("""
				select clinic_id, session_id, expires_at from client_link where token_hash = ? and expires_at > ?""",
				(rs, i) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getTimestamp(3).toInstant() },
				hash, Timestamp.from(Instant.now()))
			.stream()
			.findFirst()
			.flatMap((row) -> visit(hash, (UUID) row[0], (UUID) row[1], (Instant) row[2]));
	}

	/**
	 * Stores the client's answers to one due measure of the link.
	 * @throws NotFound when the link is unknown or expired, or the measure is not due on
	 * it
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
		catch (LinkAnswer.AlreadyAnswered ex) {
			throw new NotFound("instrument", "This measure was already answered through this link.");
		}
	}

	private Optional<LinkVisit> visit(String hash, UUID clinicId, UUID sessionId, Instant expires) {
		// Due: not yet answered on this link, nor for this session by another way in.
		List<String> pending = this.jdbc.queryForList("""
				select ad.instrument_code from administration ad where ad.link_token_hash = ? and ad.response_id is null
				and not exists (select 1 from response r where r.session_id = ad.session_id
				                and r.instrument_code = ad.instrument_code and r.respondent = 'client')
				order by ad.position""", String.class, hash);
		List<Instrument> due = pending.stream().flatMap((code) -> this.instruments.find(code).stream()).toList();
		Map<String, Map<String, Answer>> answered = new LinkedHashMap<>();
		this.jdbc.query("""
				select r.instrument_code, a.item_id, a.choice_value
				from administration ad join response r on r.id = ad.response_id
				join response_answer a on a.response_id = r.id
				where ad.link_token_hash = ? and a.choice_value is not null""",
				(RowCallbackHandler) (rs) -> answered.computeIfAbsent(rs.getString(1), (k) -> new LinkedHashMap<>())
					.put(rs.getString(2), new Answer.Choice(rs.getInt(3))),
				hash);
		return this.caseload.sessionForLink(clinicId, sessionId).map((session) -> {
			this.groupCommit.commit((jdbc) -> {
				AuditTrail.append(jdbc,
						AuditTrail.entry(clinicId, "client-link", AuditAction.READ, "client-link", sessionId));
				return null;
			});
			return new LinkVisit(session, due, expires, answered);
		});
	}

	private boolean answeredForSession(SessionOfClient session, String code) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from response where clinic_id = ? and session_id = ? and instrument_code = ?
				and respondent = 'client'""", Integer.class, session.clinicId(), session.session().id(), code);
		return count != null && count > 0;
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
