package org.alliance.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "This week" page: the sessions booked in one week (Monday to Sunday in the clinic's
 * time zone), a therapist's own clients' or, for a supervisor, the clinic's; for each
 * what other modules add ({@link SessionColumn}), such as what is due from the client and
 * what came in.
 */
@Controller
class WeekPages {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

	private final Caseload caseload;

	private final SessionBookings bookings;

	private final UserAccounts accounts;

	private final List<SessionColumn> columns;

	private final Clock clock;

	WeekPages(Caseload caseload, SessionBookings bookings, UserAccounts accounts, List<SessionColumn> columns,
			Clock clock) {
		this.caseload = caseload;
		this.bookings = bookings;
		this.accounts = accounts;
		this.columns = columns;
		this.clock = clock;
	}

	/**
	 * @param of any day of the week to show (YYYY-MM-DD); the current week when left out
	 * or not a date
	 */
	@GetMapping("/week")
	String week(CurrentUser user, @RequestParam(required = false) String of, Model model) {
		ZoneId zone = this.bookings.zone(user.clinicId());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
		LocalDate monday = day(of, today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		Map<UUID, Client> clients = this.caseload.visibleTo(user)
			.stream()
			.collect(Collectors.toMap(Client::id, Function.identity()));
		List<CareSession> sessions = this.caseload.sessionsByClient(user)
			.values()
			.stream()
			.flatMap(List::stream)
			.filter((s) -> s.startsAt() != null && !s.date().isBefore(monday) && !s.date().isAfter(sunday))
			.filter((s) -> clients.containsKey(s.clientId()))
			.sorted(Comparator.comparing(CareSession::startsAt))
			.toList();
		List<Map<UUID, String>> cells = new ArrayList<>();
		this.columns.forEach((column) -> cells.add(column.cells(user, sessions)));
		Map<UUID, String> therapists = this.accounts.inClinic(user.clinicId())
			.stream()
			.collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
		Map<String, List<WeekLine>> days = new LinkedHashMap<>();
		for (CareSession session : sessions) {
			Client client = clients.get(session.clientId());
			List<String> texts = cells.stream().map((c) -> c.getOrDefault(session.id(), "—")).toList();
			days.computeIfAbsent(DAY.format(session.date()), (k) -> new ArrayList<>())
				.add(new WeekLine(session, client, therapists.get(client.therapistId()),
						TIME.format(session.startsAt().atZone(zone)), texts));
		}
		model.addAttribute("user", user);
		model.addAttribute("days", days);
		model.addAttribute("columns", this.columns);
		model.addAttribute("monday", monday);
		model.addAttribute("sunday", sunday);
		model.addAttribute("thisWeek", !today.isBefore(monday) && !today.isAfter(sunday));
		model.addAttribute("previous", monday.minusWeeks(1));
		model.addAttribute("next", monday.plusWeeks(1));
		model.addAttribute("wholeClinic", user.supervisor());
		model.addAttribute("zone", zone);
		return "care/week";
	}

	private static LocalDate day(String of, LocalDate today) {
		try {
			return (of == null || of.isBlank()) ? today : LocalDate.parse(of.strip());
		}
		catch (RuntimeException ex) {
			return today;
		}
	}

	/**
	 * One booked session on the page.
	 *
	 * @param therapist the client's therapist's name
	 * @param time its start in the clinic's time zone, e.g. "14:00"
	 * @param cells the contributed columns' texts, in their order
	 */
	record WeekLine(CareSession session, Client client, String therapist, String time, List<String> cells) {
	}

}
