package org.alliance.outcome;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored fits, one per clinic: the cache every verdict reads, so that no request ever
 * fits a model and every instance judges with the same fit.
 */
@Repository
class EtrFits {

	private static final RowMapper<ClinicEtr> FIT = (rs, i) -> new ClinicEtr(rs.getString("instrument"),
			rs.getTimestamp("fitted_at").toInstant(), rs.getInt("episodes"),
			new ExpectedTreatmentResponse(rs.getDouble("centre"), rs.getDouble("intercept"),
					rs.getDouble("log_session"), rs.getDouble("intake"), rs.getDouble("log_session_intake"),
					rs.getDouble("g_intercept"), rs.getDouble("g_covariance"), rs.getDouble("g_log_session"),
					rs.getDouble("sigma2"), rs.getInt("episodes"), rs.getInt("observations")));

	private final JdbcTemplate jdbc;

	EtrFits(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ClinicEtr> find(UUID clinicId) {
		return this.jdbc.query("select * from etr_fit where clinic_id = ?", FIT, clinicId).stream().findFirst();
	}

	@Transactional
	void replace(UUID clinicId, ClinicEtr fit) {
		remove(clinicId);
		ExpectedTreatmentResponse m = fit.model();
		this.jdbc.update("""
				insert into etr_fit (clinic_id, instrument, fitted_at, episodes, observations, centre, intercept,
				log_session, intake, log_session_intake, g_intercept, g_covariance, g_log_session, sigma2)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clinicId, fit.instrument(),
				Timestamp.from(fit.fittedAt()), fit.episodes(), m.observations(), m.centre(), m.intercept(),
				m.logSession(), m.intake(), m.logSessionByIntake(), m.interceptVariance(), m.covariance(),
				m.logSessionVariance(), m.residualVariance());
	}

	void remove(UUID clinicId) {
		this.jdbc.update("delete from etr_fit where clinic_id = ?", clinicId);
	}

}
