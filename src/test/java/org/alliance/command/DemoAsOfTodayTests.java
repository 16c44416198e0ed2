package org.alliance.command;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.alliance.TestDatabases;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.signal.SignalInbox;
import org.alliance.simulate.ClinicSimulator;
import org.alliance.simulate.SimulationSettings;
import org.junit.jupiter.api.Test;

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
 * and sessions booked next week, with no answers in yet for them.
 */
@SpringBootTest
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

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Test
	void everyTherapistHasSignalsToWorkAndSessionsBookedNextWeekWithNoAnswersIn() throws Exception {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/London"));
		List<UserAccount> users = DemoClinicSeeder.in(this.context)
			.seed(ClinicSimulator.simulate(SimulationSettings.endingOn(42, 4, 12, 16, today)));
		LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		List<UserAccount> therapists = users.stream().filter((u) -> u.role() == Role.THERAPIST).toList();
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

}
