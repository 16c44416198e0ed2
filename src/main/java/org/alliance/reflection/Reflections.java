package org.alliance.reflection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliance.api.FieldProblem;
import org.alliance.api.FieldRules;
import org.alliance.api.Forbidden;
import org.alliance.api.NotFound;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.SessionOfClient;
import org.alliance.security.AuditAction;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.storage.AsOf;
import org.alliance.storage.TimeOrderedIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's private reflection notes: written on a session of one of their own
 * clients, read back by their author alone, every read and write audited (the audit line
 * names the note or the session, never its text). A supervisor, an admin or another
 * therapist asking for a session's notes is answered as for a session that does not
 * exist.
 */
@Service
public class Reflections {

	/** The longest note kept, as the page's text box allows. */
	public static final int TEXT_LENGTH = 4000;

	/** At most this many tags on one note: there are no more on the list. */
	static final int MOST_TAGS = ReflectionTag.values().length;

	private final Caseload caseload;

	private final ReflectionRecords records;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Reflections(Caseload caseload, ReflectionRecords records, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
		this.caseload = caseload;
		this.records = records;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes a note on a session of one of the user's own clients.
	 * @param text 1 to {@value #TEXT_LENGTH} characters; surrounding blanks are dropped
	 * @param tags wire names of {@link ReflectionTag}s, possibly empty or null; a tag
	 * given twice counts once
	 * @throws org.alliance.api.InvalidRequest naming {@code text} or {@code tags}
	 * @throws NotFound when the session is unknown or the user is not its client's
	 * therapist
	 */
	@Transactional
	public ReflectionNote write(CurrentUser user, UUID sessionId, String text, List<String> tags) {
		return written(user, sessionId, text, tags, this.clock.instant());
	}

	/**
	 * Writes a note as {@link #write(CurrentUser, UUID, String, List)} does, at a past
	 * moment: a simulated history's (the demo clinic's therapists writing after their
	 * sessions, on the sessions' days). No route calls it: a person's note is recorded
	 * when it is written.
	 * @param asOf not in the future
	 */
	@Transactional
	public ReflectionNote write(CurrentUser user, UUID sessionId, String text, List<String> tags, Instant asOf) {
		return written(user, sessionId, text, tags, AsOf.past(asOf, this.clock));
	}

	private ReflectionNote written(CurrentUser user, UUID sessionId, String text, List<String> tags, Instant at) {
		SessionOfClient session = ownSession(user, sessionId);
		List<FieldProblem> problems = new ArrayList<>();
		FieldRules.text(problems, "text", text, TEXT_LENGTH, true);
		Set<ReflectionTag> chosen = tags(problems, tags);
		FieldRules.refuseIfAny(problems);
		String client = this.caseload.visibleClient(user, session.clientId()).pseudonym();
		ReflectionNote note = new ReflectionNote(TimeOrderedIds.next(), sessionId, session.clientId(), client,
				session.session().number(), session.session().date(), text.strip(), List.copyOf(chosen), at);
		this.records.insert(user.clinicId(), user.userId(), note);
		AuditTrail.append(this.jdbc,
				AuditTrail.entry(user.clinicId(), user.email(), AuditAction.CREATE, "reflection-note", note.id()));
		return note;
	}

	/**
	 * The user's own notes on a session of one of their own clients, oldest first;
	 * audited before they are handed out.
	 * @throws NotFound when the session is unknown or the user is not its client's
	 * therapist, whether or not anyone wrote a note on it
	 */
	public List<ReflectionNote> onSession(CurrentUser user, UUID sessionId) {
		ownSession(user, sessionId);
		this.audit.recordRead(user, "reflection-note-list", sessionId);
		return this.records.onSession(user.clinicId(), user.userId(), sessionId);
	}

	/**
	 * The user's own notes about the client, oldest session first, when the user is the
	 * client's therapist; empty, unread and unaudited for anyone else, so that a
	 * supervisor's view of the client never touches them.
	 */
	public Optional<List<ReflectionNote>> aboutClient(CurrentUser user, Client client) {
		if (!isTherapistOf(user, client.therapistId())) {
			return Optional.empty();
		}
		this.audit.recordRead(user, "reflection-note-list", client.id());
		return Optional.of(this.records.aboutClient(user.clinicId(), user.userId(), client.id()));
	}

	/** Every note the user wrote, oldest session first, for their patterns; audited. */
	public List<ReflectionNote> mine(CurrentUser user) {
		if (!user.clinical()) {
			throw new Forbidden("role", "An admin account writes and reads no reflection notes.");
		}
		this.audit.recordRead(user, "reflection-patterns", user.userId());
		return this.records.byAuthor(user.clinicId(), user.userId());
	}

	/** The session, when the user is its client's therapist; 404 otherwise. */
	SessionOfClient ownSession(CurrentUser user, UUID sessionId) {
		return this.caseload.session(user, sessionId)
			.filter((s) -> isTherapistOf(user, s.therapistId()))
			.orElseThrow(() -> new NotFound("id",
					"No session " + sessionId + " among the sessions you may write reflection notes on."));
	}

	static boolean isTherapistOf(CurrentUser user, UUID therapistId) {
		return user.userId().equals(therapistId);
	}

	private static Set<ReflectionTag> tags(List<FieldProblem> problems, List<String> tags) {
		Set<ReflectionTag> chosen = EnumSet.noneOf(ReflectionTag.class);
		if (tags == null) {
			return chosen;
		}
		if (tags.size() > MOST_TAGS) {
			problems.add(new FieldProblem("tags", "Give at most " + MOST_TAGS + " tags."));
			return chosen;
		}
		for (int i = 0; i < tags.size(); i++) {
			Optional<ReflectionTag> tag = ReflectionTag.fromWire(tags.get(i));
			if (tag.isEmpty()) {
				problems.add(new FieldProblem("tags." + i, ReflectionTag.CHOICES));
			}
			tag.ifPresent(chosen::add);
		}
		return chosen;
	}

}
