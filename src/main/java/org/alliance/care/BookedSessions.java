package org.alliance.care;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sessions booked ahead with their start, found by when they start: for the measures a
 * clinic sends before a session and after it. Not audited here: the caller audits what it
 * does with them.
 */
@Component
public class BookedSessions {

	private final JdbcTemplate jdbc;

	private final Caseload caseload;

	BookedSessions(JdbcTemplate jdbc, Caseload caseload) {
		this.jdbc = jdbc;
		this.caseload = caseload;
	}

	/**
	 * The clinic's sessions with a start in {@code [from, to]} and one of these
	 * attendances, in open episodes, by start.
	 */
	public List<SessionOfClient> startingBetween(UUID clinicId, Instant from, Instant to,
			List<Attendance> attendances) {
		String in = String.join(",", attendances.stream().map((a) -> "'" + a.name() + "'").toList());
		return this.jdbc
			.queryForList("""
					select s.id from care_session s join episode e on e.id = s.episode_id
					where s.clinic_id = ? and s.starts_at >= ? and s.starts_at <= ? and e.end_date is null
					and s.attendance in (%s) order by s.starts_at""".formatted(in), UUID.class, clinicId,
					Timestamp.from(from), Timestamp.from(to))
			.stream()
			.flatMap((id) -> this.caseload.sessionForLink(clinicId, id).stream())
			.toList();
	}

}
