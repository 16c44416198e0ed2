package org.alliance.measure;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.alliance.TestDatabases;
import org.alliance.TestDatabases.EmptyPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database of the version before one answer per session (V14) may hold a session's
 * PHQ-9 twice, the newest shown: migrated, the newest stays current and each earlier one
 * is kept, superseded by it; links issued before take an id. On H2 and on PostgreSQL, as
 * an operator upgrades either.
 */
class AnswersGivenTwiceBeforeTests {

	private static final UUID CLINIC = UUID.randomUUID();

	private static final UUID SESSION = UUID.randomUUID();

	private static final String HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

	@Test
	void onH2TheNewestAnswerStaysCurrentAndTheEarlierOnesAreKeptSuperseded(@TempDir Path folder) {
		upgrades(new DriverManagerDataSource("jdbc:h2:file:" + folder.resolve("alliance"), "sa", ""));
	}

	@Test
	@Tag("postgres")
	void onPostgresTheNewestAnswerStaysCurrentAndTheEarlierOnesAreKeptSuperseded() throws Exception {
		try (EmptyPostgres postgres = TestDatabases.emptyPostgres()) {
			upgrades(new DriverManagerDataSource(postgres.url(), postgres.user(), postgres.password()));
		}
	}

	private static void upgrades(DataSource database) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target("14").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Instant t = Instant.parse("2026-11-02T10:00:00Z");
		UUID first = response(jdbc, "phq9", t);
		UUID second = response(jdbc, "phq9", t.plusSeconds(60));
		UUID newest = response(jdbc, "phq9", t.plusSeconds(120));
		UUID gad7 = response(jdbc, "gad7", t);
		jdbc.update("insert into client_link (token_hash, clinic_id, client_id, session_id, created_by, created_at,"
				+ " expires_at) select ?, clinic_id, client_id, id, 'therapist@clinic.test', ?, ? from care_session"
				+ " where id = ?", HASH, Timestamp.from(t), Timestamp.from(t.plusSeconds(3600)), SESSION);

		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

		assertThat(current(jdbc, newest)).isEqualTo(SESSION);
		assertThat(current(jdbc, gad7)).isEqualTo(SESSION);
		assertThat(current(jdbc, first)).isNull();
		assertThat(current(jdbc, second)).isNull();
		assertThat(
				jdbc.queryForList("select superseded_by from response where id in (?, ?)", UUID.class, first, second))
			.containsOnly(newest);
		assertThat(jdbc.queryForObject("select corrects from response where id = ?", UUID.class, newest))
			.isEqualTo(second);
		assertThat(jdbc.queryForObject("select corrects from response where id = ?", UUID.class, gad7)).isNull();
		assertThat(jdbc.queryForObject("select id from client_link where token_hash = ?", UUID.class, HASH))
			.isEqualTo(UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"));
		assertThat(jdbc.queryForObject("select count(*) from client_link where revoked_at is null", Integer.class))
			.isEqualTo(1);
	}

	/**
	 * A response to the session, as the version before stored it (creating the session
	 * first).
	 */
	private static UUID response(JdbcTemplate jdbc, String instrument, Instant at) {
		if (jdbc.queryForObject("select count(*) from care_session where id = ?", Integer.class, SESSION) == 0) {
			UUID therapist = UUID.randomUUID();
			UUID client = UUID.randomUUID();
			UUID episode = UUID.randomUUID();
			Timestamp now = Timestamp.from(at);
			jdbc.update("insert into clinic (id, name, created_at) values (?, 'Older clinic', ?)", CLINIC, now);
			jdbc.update(
					"insert into app_user (id, clinic_id, email, display_name, role, password_hash, created_at)"
							+ " values (?, ?, ?, 'T', 'THERAPIST', 'x', ?)",
					therapist, CLINIC, therapist + "@clinic.test", now);
			jdbc.update("insert into client (id, clinic_id, therapist_id, pseudonym, created_at)"
					+ " values (?, ?, ?, 'C-1', ?)", client, CLINIC, therapist, now);
			jdbc.update("insert into episode (id, clinic_id, client_id, start_date) values (?, ?, ?, ?)", episode,
					CLINIC, client, java.sql.Date.valueOf(LocalDate.of(2026, 10, 1)));
			jdbc.update(
					"insert into care_session (id, clinic_id, client_id, episode_id, number, session_date,"
							+ " attendance) values (?, ?, ?, ?, 1, ?, 'ATTENDED')",
					SESSION, CLINIC, client, episode, java.sql.Date.valueOf(LocalDate.of(2026, 11, 2)));
		}
		UUID id = UUID.randomUUID();
		jdbc.update("insert into response (id, clinic_id, client_id, session_id, instrument_code, respondent,"
				+ " submitted_by, submitted_at, total) select ?, clinic_id, client_id, id, ?, 'client', 'client-link',"
				+ " ?, 3 from care_session where id = ?", id, instrument, Timestamp.from(at), SESSION);
		return id;
	}

	private static UUID current(JdbcTemplate jdbc, UUID response) {
		return jdbc.queryForObject("select current_for_session from response where id = ?", UUID.class, response);
	}

}
