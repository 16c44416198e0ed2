package org.alliance.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The table of signed-in web sessions. The servlet session holds only the row's id; the
 * row says how far the sign-in got and when it was last used, and is read with its
 * account at every page request, so a session ends on every server at the next request
 * when the person ends it elsewhere, changes their password or is disabled.
 */
@Component
class WebSessions {

	/** The servlet session attribute that holds the row's id. */
	static final String ATTRIBUTE = "alliance.web-session";

	private static final String SELECT = """
			select s.id, s.user_id, s.clinic_id, u.email, s.stage, s.credentials_version, s.started_at, s.last_seen_at,
			s.second_factor_at, s.user_agent, s.remote_address, s.ended_at, u.credentials_version as account_version,
			u.status from web_session s join app_user u on u.id = s.user_id""";

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	WebSessions(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The id of the request's web session row, if it has one. */
	static Optional<String> idOf(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return Optional.ofNullable((session != null) ? (String) session.getAttribute(ATTRIBUTE) : null);
	}

	/** Starts a row for a person whose password was just accepted. */
	String start(CurrentUser user, WebSession.Stage stage, String userAgent, String address) {
		String id = ApiTokens.randomToken();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into web_session (id, user_id, clinic_id, credentials_version, stage, started_at, last_seen_at,
				user_agent, remote_address)
				select ?, id, clinic_id, credentials_version, ?, ?, ?, ?, ? from app_user where id = ?""", id,
				stage.name(), now, now, cut(userAgent, 200), cut(address, 64), user.userId());
		return id;
	}

	/** The row and its account, in one query by primary key. */
	Optional<WebSession> find(String id) {
		return this.jdbc.query(SELECT + " where s.id = ?", WebSessions::row, id).stream().findFirst();
	}

	/**
	 * The person's sessions not ended, newest first (a timed-out one ends at its next
	 * request).
	 */
	List<WebSession> open(UUID userId) {
		return this.jdbc.query(SELECT + " where s.user_id = ? and s.ended_at is null order by s.started_at desc",
				WebSessions::row, userId);
	}

	void touch(String id) {
		this.jdbc.update("update web_session set last_seen_at = ? where id = ?", Timestamp.from(this.clock.instant()),
				id);
	}

	/**
	 * Keeps the session signed in under the account's new credentials version: the
	 * session in which a person changed their own password is the one that stays.
	 */
	void keepUnder(String id, int credentialsVersion) {
		this.jdbc.update("update web_session set credentials_version = ? where id = ? and ended_at is null",
				credentialsVersion, id);
	}

	/** Moves a sign-in on to the next stage. */
	void advance(String id, WebSession.Stage stage) {
		this.jdbc.update("update web_session set stage = ? where id = ?", stage.name(), id);
	}

	/** Stamps a fresh proof of the second factor, e.g. before a token is created. */
	void secondFactorProved(String id) {
		this.jdbc.update("update web_session set second_factor_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), id);
	}

	/** Ends the session unless it has ended already, and audits why. */
	void end(WebSession session, SessionEnd why) {
		Instant now = this.clock.instant();
		if (this.jdbc.update("update web_session set ended_at = ?, end_reason = ? where id = ? and ended_at is null",
				Timestamp.from(now), why.code(), session.id()) == 1) {
			this.audit.record(new AuditEntry(session.clinicId(), session.email(), AuditAction.SESSION_ENDED, "account",
					session.userId().toString(), AuditTrail.remoteAddress(), now, why.words()));
		}
	}

	private static WebSession row(ResultSet rs, int i) throws SQLException {
		return new WebSession(rs.getString("id"), rs.getObject("user_id", UUID.class),
				rs.getObject("clinic_id", UUID.class), rs.getString("email"),
				WebSession.Stage.valueOf(rs.getString("stage")), rs.getInt("credentials_version"),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("last_seen_at")),
				instant(rs.getTimestamp("second_factor_at")), rs.getString("user_agent"),
				rs.getString("remote_address"), instant(rs.getTimestamp("ended_at")), rs.getInt("account_version"),
				rs.getString("status"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
