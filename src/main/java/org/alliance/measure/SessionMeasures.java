package org.alliance.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * For booked sessions: what a session's personal link would ask of the client (the
 * clinic's client measures, {@link MeasureSettings#clientMeasures}, not yet answered for
 * the session, as {@link ClientLinks#issue} leaves them out) and what came in for it.
 */
@Component
class SessionMeasures {

	/** How many sessions one query names at most. */
	private static final int BATCH = 200;

	private final JdbcTemplate jdbc;

	private final MeasureSettings settings;

	private final InstrumentCatalog instruments;

	private final AuditTrail audit;

	SessionMeasures(JdbcTemplate jdbc, MeasureSettings settings, InstrumentCatalog instruments, AuditTrail audit) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.instruments = instruments;
		this.audit = audit;
	}

	/**
	 * What each session's link would carry now, as instrument titles; empty for a
	 * cancelled session, which asks nothing.
	 */
	Map<UUID, List<String>> due(CurrentUser user, List<CareSession> sessions) {
		Map<UUID, Set<String>> answered = answeredByClient(user, sessions);
		Map<UUID, List<String>> due = new HashMap<>();
		for (CareSession session : sessions) {
			if (session.attendance() == Attendance.CANCELLED) {
				due.put(session.id(), List.of());
				continue;
			}
			Set<String> done = answered.getOrDefault(session.id(), Set.of());
			due.put(session.id(),
					this.settings.clientMeasures()
						.stream()
						.filter((code) -> !done.contains(code))
						.flatMap((code) -> this.instruments.find(code).filter(Instrument::administrable).stream())
						.map(Instrument::title)
						.toList());
		}
		return due;
	}

	/** The titles of the measures the client answered for each session. */
	Map<UUID, List<String>> cameIn(CurrentUser user, List<CareSession> sessions) {
		Map<UUID, List<String>> titles = new HashMap<>();
		answeredByClient(user, sessions).forEach((session, codes) -> titles.put(session,
				codes.stream()
					.map((code) -> this.instruments.find(code).map(Instrument::title).orElse(code))
					.toList()));
		return titles;
	}

	private Map<UUID, Set<String>> answeredByClient(CurrentUser user, List<CareSession> sessions) {
		if (sessions.isEmpty()) {
			return Map.of();
		}
		this.audit.recordRead(user, "response-list", "week");
		Map<UUID, Set<String>> answered = new HashMap<>();
		for (int from = 0; from < sessions.size(); from += BATCH) {
			List<CareSession> batch = sessions.subList(from, Math.min(sessions.size(), from + BATCH));
			List<Object> args = new ArrayList<>();
			args.add(user.clinicId());
			batch.forEach((s) -> args.add(s.id()));
			this.jdbc.query(
					"select session_id, instrument_code from response where clinic_id = ? and respondent ="
							+ " 'client' and session_id in ("
							+ String.join(", ", Collections.nCopies(batch.size(), "?")) + ") order by submitted_at, id",
					(rs) -> {
						answered.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new LinkedHashSet<>())
							.add(rs.getString(2));
					}, args.toArray());
		}
		return answered;
	}

}
