package org.alliance.alliance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic norms each session of an episode was first judged with (table
 * {@code alliance_norm_at_session}): written once per session, never updated, so that a
 * past rupture stays as it was found.
 */
@Repository
class FrozenNorms {

	private final JdbcTemplate jdbc;

	FrozenNorms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The norms frozen for the episode's sessions, by session number. */
	Map<Integer, ClinicAllianceNorms> of(UUID clinicId, UUID episodeId) {
		Map<Integer, Map<AllianceScale, ScaleNorm>> bySession = new HashMap<>();
		this.jdbc.query("""
				select session_number, scale, level, within_client_sd, between_client_sd from alliance_norm_at_session
				where clinic_id = ? and episode_id = ?""", (row) -> {
			bySession.computeIfAbsent(row.getInt(1), (s) -> new EnumMap<>(AllianceScale.class))
				.put(AllianceScale.valueOf(row.getString(2)),
						new ScaleNorm(row.getDouble(3), row.getDouble(4), row.getDouble(5)));
		}, clinicId, episodeId);
		Map<Integer, ClinicAllianceNorms> norms = new HashMap<>();
		bySession.forEach((session, scales) -> norms.put(session, new ClinicAllianceNorms(scales)));
		return norms;
	}

	/**
	 * Freezes the norms of sessions judged for the first time, all in one transaction: a
	 * reader never sees a session with some of its scales frozen and others not. A
	 * session frozen meanwhile keeps its first norms.
	 */
	@Transactional
	void freeze(UUID clinicId, UUID episodeId, Map<Integer, ClinicAllianceNorms> bySession) {
		Timestamp now = Timestamp.from(Instant.now());
		bySession.forEach((session, norms) -> norms.norms()
			.forEach((scale, norm) -> this.jdbc.update("""
					insert into alliance_norm_at_session (clinic_id, episode_id, session_number, scale, level,
					within_client_sd, between_client_sd, frozen_at) select ?, ?, ?, ?, ?, ?, ?, ?
					where not exists (select 1 from alliance_norm_at_session where clinic_id = ? and episode_id = ?
					and session_number = ? and scale = ?)""", clinicId, episodeId, session, scale.name(), norm.level(),
					norm.withinClientSd(), norm.betweenClientSd(), now, clinicId, episodeId, session, scale.name())));
	}

}
