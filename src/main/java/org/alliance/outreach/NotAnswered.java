package org.alliance.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.ClientContacts;
import org.alliance.mail.Delivery;
import org.alliance.mail.Outbox;
import org.alliance.measure.AwaitingLink;
import org.alliance.measure.LinksAwaitingAnswers;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The measures sent or handed out and not yet answered: a therapist's own clients, or the
 * clinic's for a supervisor; one line per link, newest first (a link whose measures a
 * newer link of its session asks for again is left out), with when it was sent, reminded
 * and expires, and how the email went. Links that expired within the last
 * {@link #LOOK_BACK} stay on the list, marked expired, to be sent again.
 */
@Service
public class NotAnswered {

	/** How far back the list looks: two weeks. */
	static final Duration LOOK_BACK = Duration.ofDays(14);

	private final Caseload caseload;

	private final LinksAwaitingAnswers links;

	private final ClientContacts contacts;

	private final Outbox outbox;

	private final InstrumentCatalog instruments;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	NotAnswered(Caseload caseload, LinksAwaitingAnswers links, ClientContacts contacts, Outbox outbox,
			InstrumentCatalog instruments, UserAccounts accounts, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.caseload = caseload;
		this.links = links;
		this.contacts = contacts;
		this.outbox = outbox;
		this.instruments = instruments;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The person's list, audited.
	 * @throws org.alliance.api.Forbidden for an admin account, which reads no clinical
	 * record
	 */
	public List<Line> of(CurrentUser user) {
		Map<UUID, Client> clients = this.caseload.visibleTo(user)
			.stream()
			.collect(Collectors.toMap(Client::id, Function.identity()));
		Map<UUID, CareSession> sessions = new HashMap<>();
		this.caseload.sessionsByClient(user).values().forEach((list) -> list.forEach((s) -> sessions.put(s.id(), s)));
		Map<UUID, String> names = this.accounts.inClinic(user.clinicId())
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
		Instant now = this.clock.instant();
		Map<String, SendRow> sends = sends(user.clinicId(), now.minus(LOOK_BACK));
		Map<UUID, Delivery> deliveries = this.outbox.deliveries(sends.values()
			.stream()
			.flatMap((send) -> java.util.stream.Stream.of(send.outboxId(), send.reminderOutboxId()))
			.filter((id) -> id != null)
			.toList());
		List<Line> lines = new ArrayList<>();
		Map<UUID, Set<String>> covered = new HashMap<>();
		for (AwaitingLink link : this.links.issuedSince(user.clinicId(), now.minus(LOOK_BACK))) {
			Client client = clients.get(link.clientId());
			CareSession session = sessions.get(link.sessionId());
			if (client == null || session == null || !newlyPending(covered, link)) {
				continue;
			}
			SendRow send = sends.get(link.tokenHash());
			Delivery delivery = (send != null) ? deliveries.get(send.outboxId()) : null;
			lines.add(new Line(client.id(), client.pseudonym(), names.get(client.therapistId()), session.id(),
					session.number(), session.date(), titles(link.pending()), kind(link.pending()), link.createdAt(),
					(send != null) ? "email" : "by hand", (send != null) ? send.remindedAt() : null, link.expiresAt(),
					link.expired(now),
					(delivery != null) ? delivery.status().name().toLowerCase(java.util.Locale.ROOT) : null,
					this.outbox.on() && this.contacts.hasAddress(user.clinicId(), client.id())));
		}
		this.audit.recordRead(user, "not-answered-list", null);
		return lines;
	}

	/**
	 * Whether the link (the lists go newest first) asks for a measure that no newer link
	 * of its session asks for: a link sent again replaces the one before it on the list.
	 */
	private static boolean newlyPending(Map<UUID, Set<String>> covered, AwaitingLink link) {
		Set<String> asked = covered.computeIfAbsent(link.sessionId(), (k) -> new HashSet<>());
		boolean adds = !asked.containsAll(link.pending());
		asked.addAll(link.pending());
		return adds;
	}

	private Map<String, SendRow> sends(UUID clinicId, Instant since) {
		Map<String, SendRow> sends = new HashMap<>();
		this.jdbc.query("""
				select link_token_hash, reminded_at, outbox_id, reminder_outbox_id from measure_send
				where clinic_id = ? and sent_at >= ?""", (rs) -> {
			Timestamp reminded = rs.getTimestamp(2);
			sends.put(rs.getString(1), new SendRow((reminded != null) ? reminded.toInstant() : null,
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)));
		}, clinicId, Timestamp.from(since));
		return sends;
	}

	private List<String> titles(List<String> codes) {
		return codes.stream().map((code) -> this.instruments.find(code).map(Instrument::title).orElse(code)).toList();
	}

	/**
	 * {@code symptom} or {@code alliance} when every pending measure is of that kind,
	 * otherwise empty (send all that is still due).
	 */
	private String kind(List<String> codes) {
		Set<String> kinds = codes.stream()
			.map((code) -> this.instruments.find(code).map(Instrument::kind).orElse(""))
			.collect(Collectors.toSet());
		return (kinds.size() == 1) ? kinds.iterator().next() : "";
	}

	private record SendRow(Instant remindedAt, UUID outboxId, UUID reminderOutboxId) {
	}

	/**
	 * One session whose measures are not all answered.
	 *
	 * @param therapist the therapist's name
	 * @param measures the titles of the measures still to answer
	 * @param kind {@code symptom}, {@code alliance} or empty for both
	 * @param issuedAt when the link was emailed or handed out
	 * @param via {@code email} or {@code by hand}
	 * @param remindedAt when the reminder went, or null
	 * @param delivery for an emailed link: {@code pending}, {@code sent} or
	 * {@code failed}; null otherwise
	 * @param canSendAgain whether it can be emailed now (email on, the client has an
	 * address)
	 */
	public record Line(UUID clientId, String client, String therapist, UUID sessionId, int sessionNumber,
			LocalDate sessionDate, List<String> measures, String kind, Instant issuedAt, String via, Instant remindedAt,
			Instant expiresAt, boolean expired, String delivery, boolean canSendAgain) {
	}

}
