package org.alliance.command;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.alliance.TestDatabases;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.signal.SignalInbox;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo clinic as {@code ./alliance demo} seeds it, with its data ending on the day it
 * is seeded: whatever that day, every therapist (the first included) has signals to work
 * and sessions booked next week, with no answers in yet for them; and every record of its
 * history carries the day it stands for, not the moment it was seeded.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAsOfTodayTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Caseload caseload;

	@Autowired
	SignalInbox inbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Clinics clinics;

	/** When the seeding began. */
	private Instant seeded;

	/** The day of the seeding, the demo's last. */
	private LocalDate today;

	private List<UserAccount> users;

	private UUID clinicId;

	private ZoneId zone;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeAll
	void seedTheDemoAsOfToday() throws Exception {
		this.seeded = this.clock.instant();
		this.today = LocalDate.ofInstant(this.seeded, ZoneId.of("Europe/London"));
		this.users = DemoClinicSeeder.in(this.context)
			.seed(ClinicSimulator.simulate(SimulationSettings.endingOn(42, 4, 12, 16, this.today)));
		this.clinicId = this.users.get(0).clinicId();
		this.zone = this.clinics.timeZone(this.clinicId);
	}

	@Test
	void everyTherapistHasSignalsToWorkAndSessionsBookedNextWeekWithNoAnswersIn() {
		LocalDate nextMonday = this.today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		List<UserAccount> therapists = this.users.stream().filter((u) -> u.role() == Role.THERAPIST).toList();
		assertThat(therapists).hasSize(4);
		for (UserAccount account : therapists) {
			CurrentUser therapist = account.asCurrentUser();
			assertThat(this.inbox.inbox(therapist).stream().filter((s) -> s.status().inLoop()))
				.as("signals %s has to work", account.email())
				.isNotEmpty();
			List<CareSession> nextWeek = this.caseload.sessionsByClient(therapist)
				.values()
				.stream()
				.flatMap(List::stream)
				.filter((s) -> s.booked() && !s.date().isBefore(nextMonday)
						&& s.date().isBefore(nextMonday.plusDays(7)))
				.toList();
			assertThat(nextWeek).as("sessions %s has booked next week", account.email()).isNotEmpty();
			for (CareSession booked : nextWeek) {
				assertThat(this.jdbc.queryForObject("select count(*) from response where session_id = ?", Integer.class,
						booked.id()))
					.isZero();
			}
		}
	}

	@Test
	void everyAnswerIsDatedOnItsSessionsDay() {
		List<Dated> answers = dated("""
				select r.submitted_at, s.session_date from response r join care_session s on s.id = r.session_id
				where r.clinic_id = ?""");
		assertThat(answers).hasSizeGreaterThan(100).allSatisfy(this::onItsDay);
	}

	@Test
	void clientsGoalsTasksAgendaAndNotesAreDatedOnTheirSessionsDays() {
		assertThat(dated("""
				select c.created_at, e.start_date from client c join episode e on e.client_id = c.id
				where c.clinic_id = ?""")).as("clients").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select g.created_at, s.session_date from goal g
				join care_session s on s.episode_id = g.episode_id and s.number = g.set_session
				where g.clinic_id = ?""")).as("goals").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select r.recorded_at, s.session_date from goal_rating r join goal g on g.id = r.goal_id
				join care_session s on s.episode_id = g.episode_id and s.number = r.session_number
				where r.clinic_id = ?""")).as("goal ratings").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select t.created_at, s.session_date from homework_task t
				join care_session s on s.episode_id = t.episode_id and s.number = t.set_session
				where t.clinic_id = ?""")).as("tasks").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select c.recorded_at, s.session_date from task_completion c join homework_task t on t.id = c.task_id
				join care_session s on s.episode_id = t.episode_id and s.number = c.session_number
				where c.clinic_id = ?""")).as("task reports").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select a.proposed_at, s.session_date from agenda_item a join care_session s on s.id = a.session_id
				where a.clinic_id = ?""")).as("agenda items").isNotEmpty().allSatisfy(this::onItsDay);
		assertThat(dated("""
				select a.taken_up_at, s.session_date from agenda_item a join care_session s on s.id = a.session_id
				where a.clinic_id = ? and a.taken_up_at is not null""")).as("agenda items taken up")
			.isNotEmpty()
			.allSatisfy(this::onItsDay);
		assertThat(dated("""
				select n.written_at, s.session_date from reflection_note n join care_session s on s.id = n.session_id
				where n.clinic_id = ?""")).as("reflection notes").isNotEmpty().allSatisfy(this::onItsDay);
	}

	/**
	 * Each step of the inbox is dated from the day of the signal's session to the demo's
	 * last; the signals worked through were worked on days before the seeding, not all at
	 * once as it ran.
	 */
	@Test
	void theInboxWasWorkedOnTheDaysItsStepsStandFor() {
		String resolvedSignals = " from signal g where g.clinic_id = ? and g.status = 'RESOLVED'";
		List<Dated> acknowledged = dated("select g.acknowledged_at, g.occurred_on" + resolvedSignals);
		List<Dated> resolved = dated("select g.resolved_at, g.occurred_on" + resolvedSignals);
		List<Dated> steps = dated("""
				select a.recorded_at, g.occurred_on from signal_action a join signal g on g.id = a.signal_id
				where a.clinic_id = ?""");
		List<Dated> contacts = dated("""
				select a.contacted_at, g.occurred_on from signal_action a join signal g on g.id = a.signal_id
				where a.clinic_id = ? and a.contacted_at is not null""");
		assertThat(resolved).as("signals worked through").hasSizeGreaterThan(5);
		assertThat(contacts).as("risk answers whose client was reached").isNotEmpty();
		for (List<Dated> dated : List.of(acknowledged, resolved, steps, contacts)) {
			assertThat(dated)
				.allSatisfy((step) -> assertThat(LocalDate.ofInstant(step.at(), this.zone)).isAfterOrEqualTo(step.day())
					.isBeforeOrEqualTo(this.today));
		}
		assertThat(acknowledged).allSatisfy((step) -> assertThat(step.at()).isBefore(this.seeded));
		assertThat(resolved).allSatisfy((step) -> assertThat(step.at()).isBefore(this.seeded));
		assertThat(resolved.stream().map((step) -> LocalDate.ofInstant(step.at(), this.zone)).distinct().count())
			.as("days the inbox was worked on")
			.isGreaterThan(5);
	}

	private void onItsDay(Dated record) {
		assertThat(LocalDate.ofInstant(record.at(), this.zone)).isEqualTo(record.day());
	}

	/**
	 * Each row's moment and the day it stands for, of the demo clinic (the query's one
	 * argument).
	 */
	private List<Dated> dated(String query) {
		return this.jdbc.query(query,
				(rs, i) -> new Dated(rs.getTimestamp(1).toInstant(), rs.getObject(2, LocalDate.class)), this.clinicId);
	}

	private record Dated(Instant at, LocalDate day) {
	}

}
