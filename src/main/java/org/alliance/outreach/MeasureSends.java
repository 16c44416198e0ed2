package org.alliance.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliance.api.Conflict;
import org.alliance.care.Addressee;
import org.alliance.care.Caseload;
import org.alliance.care.ClientContacts;
import org.alliance.care.SessionOfClient;
import org.alliance.language.ClientLanguages;
import org.alliance.mail.Outbox;
import org.alliance.measure.ClientLinks;
import org.alliance.measure.IssuedLink;
import org.alliance.security.ApiTokens;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.SecretsAtRest;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails a client a personal link to a session's measures: the link issued by
 * {@link ClientLinks}, the send recorded and the email posted to the outbox in one
 * transaction, so that a link is never sent twice by the schedule nor recorded as sent
 * without its email. The link is kept sealed beside the send until the reminder goes out
 * or the link expires, so that the reminder holds the very same link.
 */
@Service
public class MeasureSends {

	/** How the audit trail and the links name the schedule. */
	static final String SCHEDULE = "outreach";

	private final ClientLinks links;

	private final Caseload caseload;

	private final ClientContacts contacts;

	private final Outbox outbox;

	private final EmailTimings timings;

	private final Clinics clinics;

	private final SecretsAtRest secrets;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ClientLanguages languages;

	MeasureSends(ClientLinks links, Caseload caseload, ClientContacts contacts, Outbox outbox, EmailTimings timings,
			Clinics clinics, SecretsAtRest secrets, JdbcTemplate jdbc, Clock clock, ClientLanguages languages) {
		this.links = links;
		this.languages = languages;
		this.caseload = caseload;
		this.contacts = contacts;
		this.outbox = outbox;
		this.timings = timings;
		this.clinics = clinics;
		this.secrets = secrets;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Emails the client a new link to the session's measures still unanswered, of one
	 * kind or all: a therapist's "send", or "send again" from the list of measures not
	 * yet answered.
	 * @param kind {@code symptom}, {@code alliance}, or null or blank for both
	 * @throws Conflict naming {@code email} when email is off or the client has no
	 * contact email; what {@link ClientLinks#issue} throws
	 */
	@Transactional
	public Sent send(CurrentUser user, UUID sessionId, String kind) {
		// Who may act on the session first: a refusal says nothing about email.
		SessionOfClient session = this.caseload.sessionToActOn(user, sessionId);
		if (!this.outbox.on()) {
			throw new Conflict("email", "Email is off: no mail server is configured. Hand the link out instead.");
		}
		Addressee to = this.contacts.addressee(user.clinicId(), session.clientId(), user.email())
			.orElseThrow(() -> new Conflict("email", "This client has no contact email: add one on their page."));
		EmailTiming timing = this.timings.of(user.clinicId());
		IssuedLink link = this.links.issue(user, sessionId, this.links.codesOfKind(kind), timing.linkValidity());
		return record(session, blank(kind) ? null : kind, null, link, to, user.email());
	}

	/**
	 * Emails the scheduled measures of a booked session once (a second call, on this
	 * server or another, sends nothing): the measures before it ({@code symptom}) or the
	 * alliance check after it ({@code alliance}). Nothing is sent to a client without a
	 * contact email or for measures all answered.
	 * @return the send, or empty when nothing was sent
	 */
	@Transactional
	public Optional<Sent> sendScheduled(SessionOfClient session, String kind) {
		String key = kind + ":" + session.session().id();
		if (!this.outbox.on() || scheduled(key) || !this.contacts.hasAddress(session.clinicId(), session.clientId())) {
			return Optional.empty();
		}
		EmailTiming timing = this.timings.of(session.clinicId());
		IssuedLink link;
		try {
			link = this.links.issueScheduled(session.clinicId(), session.session().id(), kind, timing.linkValidity(),
					SCHEDULE);
		}
		catch (Conflict nothingToAsk) {
			return Optional.empty();
		}
		Addressee to = this.contacts.addressee(session.clinicId(), session.clientId(), SCHEDULE).orElseThrow();
		return Optional.of(record(session, kind, key, link, to, SCHEDULE));
	}

	/**
	 * Sends the reminder of one send whose time has come, if its link still awaits
	 * answers and the client still has a contact email; either way the sealed link is
	 * then forgotten.
	 * @return whether a reminder was posted
	 */
	@Transactional
	public boolean remind(UUID sendId) {
		// Claimed first: the update holds the row until commit, so a second server's
		// sweep finds it reminded and sends nothing.
		if (this.jdbc.update("update measure_send set reminded_at = ? where id = ? and reminded_at is null"
				+ " and link_sealed is not null", Timestamp.from(this.clock.instant()), sendId) == 0) {
			return false;
		}
		Pending send = this.jdbc.queryForObject("""
				select clinic_id, client_id, kind, link_token_hash, link_sealed, expires_at from measure_send
				where id = ?""", (rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), sendId);
		Optional<Addressee> to = this.links.awaitsAnswers(send.tokenHash())
				? this.contacts.addressee(send.clinicId(), send.clientId(), SCHEDULE) : Optional.empty();
		Optional<UUID> posted = to.flatMap((addressee) -> this.outbox.post(send.clinicId(), "measures-reminder",
				addressee.address(),
				ClientLetters.letter(this.languages, addressee.language(), this.clinics.details(send.clinicId()).name(),
						send.kind(), true, this.secrets.openText(send.sealedLink(), owner(sendId)), send.expiresAt(),
						this.clinics.timeZone(send.clinicId()))));
		this.jdbc.update("""
				update measure_send set link_sealed = null, reminded_at = ?, reminder_outbox_id = ? where id = ?""",
				posted.isPresent() ? Timestamp.from(this.clock.instant()) : null, posted.orElse(null), sendId);
		return posted.isPresent();
	}

	/** The sends whose reminder is due now, across clinics. */
	List<UUID> remindersDue() {
		Instant now = this.clock.instant();
		return this.jdbc
			.query("""
					select s.id, s.sent_at, coalesce(o.reminder_after_hours, ?) from measure_send s
					left join outreach_settings o on o.clinic_id = s.clinic_id
					where s.reminded_at is null and s.link_sealed is not null and s.expires_at > ?""",
					(rs, i) -> rs.getTimestamp(2).toInstant().plusSeconds(3600L * rs.getInt(3)).isAfter(now) ? null
							: rs.getObject(1, UUID.class),
					EmailTiming.DEFAULT.reminderAfterHours(), Timestamp.from(now))
			.stream()
			.filter((id) -> id != null)
			.toList();
	}

	/** Forgets the sealed links of sends whose link has expired. */
	void forgetExpired() {
		this.jdbc.update("update measure_send set link_sealed = null where link_sealed is not null and expires_at <= ?",
				Timestamp.from(this.clock.instant()));
	}

	private Sent record(SessionOfClient session, String kind, String key, IssuedLink link, Addressee to, String by) {
		UUID id = TimeOrderedIds.next();
		UUID clinicId = session.clinicId();
		UUID outboxId = this.outbox
			.post(clinicId, "measures", to.address(),
					ClientLetters.letter(this.languages, to.language(), this.clinics.details(clinicId).name(), kind,
							false, link.url(), link.expiresAt(), this.clinics.timeZone(clinicId)))
			.orElseThrow();
		Instant now = this.clock.instant();
		this.jdbc.update("""
				insert into measure_send (id, clinic_id, client_id, session_id, kind, scheduled_key, link_token_hash,
				link_sealed, language, sent_by, sent_at, expires_at, outbox_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				?, ?)""", id, clinicId, session.clientId(), session.session().id(), (kind != null) ? kind : "any", key,
				ApiTokens.hash(link.token()), this.secrets.sealText(link.url(), owner(id)), to.language(), by,
				Timestamp.from(now), Timestamp.from(link.expiresAt()), outboxId);
		return new Sent(id, session.session().id(), to.address().masked(), now, link.expiresAt());
	}

	private boolean scheduled(String key) {
		Integer count = this.jdbc.queryForObject("select count(*) from measure_send where scheduled_key = ?",
				Integer.class, key);
		return count != null && count > 0;
	}

	private static boolean blank(String kind) {
		return kind == null || kind.isBlank();
	}

	private static String owner(UUID sendId) {
		return "measure-send:" + sendId;
	}

	/** A send waiting for its reminder. */
	private record Pending(UUID clinicId, UUID clientId, String kind, String tokenHash, String sealedLink,
			Instant expiresAt) {
	}

	/**
	 * A send as answered to staff.
	 *
	 * @param to the address, masked
	 */
	public record Sent(UUID id, UUID session, String to, Instant sentAt, Instant expiresAt) {
	}

}
