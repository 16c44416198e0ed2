package org.alliance.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.api.NotFound;
import org.alliance.care.CaseloadColumn.Cell;
import org.alliance.security.Clinics;
import org.alliance.security.CurrentUser;
import org.alliance.security.Role;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.web.FormValues;
import org.alliance.web.PageProblems;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The therapist's caseload and a client's page. What other modules know about a client
 * (signals, measures, the alliance) comes in through {@link CaseloadColumn} and
 * {@link ClientPagePart}, since those modules depend on this one.
 */
@Controller
class CaseloadPages {

	/** The model attribute naming the client-page form whose messages are shown. */
	private static final String REFUSED_FORM = "refusedForm";

	private final Caseload caseload;

	private final UserAccounts accounts;

	private final List<CaseloadColumn> columns;

	private final List<ClientPagePart> parts;

	private final ActingForTherapist actingFor;

	private final SessionBookings bookings;

	private final Clock clock;

	private final Reassignments reassignments;

	private final ClientContacts contacts;

	private final Clinics clinics;

	CaseloadPages(Caseload caseload, UserAccounts accounts, List<CaseloadColumn> columns, List<ClientPagePart> parts,
			ActingForTherapist actingFor, SessionBookings bookings, Clock clock, Reassignments reassignments,
			ClientContacts contacts, Clinics clinics) {
		this.reassignments = reassignments;
		this.contacts = contacts;
		this.clinics = clinics;
		this.caseload = caseload;
		this.accounts = accounts;
		this.columns = columns;
		this.parts = parts;
		this.actingFor = actingFor;
		this.bookings = bookings;
		this.clock = clock;
	}

	/**
	 * Clinicians start at their caseload; an admin account, which reads no clinical
	 * record, at the clinic's admin pages.
	 */
	@GetMapping("/")
	String home(CurrentUser user) {
		return user.clinical() ? "redirect:/clients" : "redirect:/admin/users";
	}

	/**
	 * The caseload: clients in treatment (an open episode), or with {@code show=ended}
	 * those whose episodes have all ended, one link away, so that a clinic's years of
	 * finished episodes do not bury the clients a therapist sees this week.
	 */
	@GetMapping("/clients")
	String clients(CurrentUser user, @RequestParam(required = false) String show, Model model) {
		List<UserAccount> staff = this.accounts.inClinic(user.clinicId());
		Map<UUID, String> names = staff.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
		model.addAttribute("user", user);
		boolean endedView = "ended".equals(show);
		Map<UUID, List<Episode>> episodes = this.caseload.episodesByClient(user);
		List<Client> visible = this.caseload.visibleTo(user);
		List<Client> clients = visible.stream().filter((c) -> inTreatment(episodes.get(c.id())) != endedView).toList();
		model.addAttribute("endedView", endedView);
		model.addAttribute("otherViewCount", visible.size() - clients.size());
		List<Map<UUID, Cell>> cells = new ArrayList<>();
		this.columns.forEach((column) -> cells.add(column.cells(user, clients)));
		model.addAttribute("columns", this.columns);
		model.addAttribute("lines", CaseloadGlance.of(clients, this.caseload.sessionsByClient(user), cells,
				LocalDate.ofInstant(this.clock.instant(), this.bookings.zone(user.clinicId()))));
		model.addAttribute("therapistNames", names);
		// Only those who can sign in and work the client's signals: not an invited or a
		// disabled account.
		model.addAttribute("therapists",
				this.accounts.activeInClinic(user.clinicId())
					.stream()
					.filter((a) -> a.role() == Role.THERAPIST)
					.toList());
		model.addAttribute("contactLanguages", languages(user));
		return "care/clients";
	}

	@PostMapping("/clients")
	String admit(CurrentUser user, @RequestParam(required = false) String pseudonym,
			@RequestParam(required = false) String therapist, @RequestParam(required = false) String episodeStart,
			@RequestParam(required = false) String email, @RequestParam(required = false) String language, Model model,
			HttpServletResponse response) {
		String chosen = (therapist != null && !therapist.isBlank()) ? therapist : user.email();
		try {
			FormValues form = new FormValues();
			LocalDate start = (episodeStart == null || episodeStart.isBlank()) ? LocalDate.now()
					: form.date("episodeStart", episodeStart);
			form.refuseIfAny();
			Client client = this.contacts.admit(user, pseudonym, chosen, start, email, language);
			return "redirect:/clients/" + client.id();
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, PageProblems.given("pseudonym", pseudonym, "therapist", therapist,
					"episodeStart", episodeStart, "email", email, "language", language));
			return clients(user, null, model);
		}
	}

	/**
	 * A client without an episode yet counts as in treatment: they were just taken on.
	 */
	private static boolean inTreatment(List<Episode> episodes) {
		return episodes == null || episodes.isEmpty() || episodes.stream().anyMatch(Episode::open);
	}

	/**
	 * The therapist a supervisor would act for to change this client's records, when the
	 * supervisor reads another therapist's client and is not acting for them yet; null
	 * otherwise. The page offers the step up front rather than after a refused form.
	 */
	private String actForOffer(CurrentUser user, Client client) {
		if (!user.supervisor() || client.therapistId().equals(user.userId())
				|| this.actingFor.active(user, client).isPresent()) {
			return null;
		}
		return this.actingFor.therapistName(user, client);
	}

	@GetMapping("/clients/{id}")
	String client(CurrentUser user, @PathVariable UUID id, Model model) {
		Client client = this.caseload.client(user, id);
		List<CareSession> sessions = this.caseload.sessions(user, id);
		model.addAttribute("user", user);
		model.addAttribute("client", client);
		List<Episode> episodes = this.caseload.episodes(user, id);
		model.addAttribute("episodes", episodes);
		model.addAttribute("sessions", sessions);
		model.addAttribute("parts",
				this.parts.stream().flatMap((part) -> part.of(user, client, sessions).stream()).toList());
		Episode open = episodes.stream().filter(Episode::open).findFirst().orElse(null);
		model.addAttribute("nextNumber",
				sessions.stream()
					.filter((s) -> open != null && s.episodeId().equals(open.id()))
					.mapToInt(CareSession::number)
					.max()
					.orElse(0) + 1);
		model.addAttribute("openEpisode", open);
		ZoneId zone = this.bookings.zone(user.clinicId());
		Instant now = this.clock.instant();
		model.addAttribute("today", LocalDate.ofInstant(now, zone));
		model.addAttribute("tomorrow", LocalDate.ofInstant(now, zone).plusDays(1));
		model.addAttribute("bookings",
				sessions.stream()
					.filter(CareSession::booked)
					.map((s) -> new BookingLine(s, s.when(zone), s.started(now, zone)))
					.toList());
		model.addAttribute("defaultLength", SessionBookings.DEFAULT_LENGTH_MINUTES);
		model.addAttribute("actForOffer", actForOffer(user, client));
		boolean reassigns = this.reassignments.offered(user, client);
		model.addAttribute("reassignTo", reassigns ? this.reassignments.candidates(user, client) : List.of());
		model.addAttribute("reassigns", reassigns);
		model.addAttribute("moves", this.reassignments.of(user, id));
		model.addAttribute("therapistNames",
				this.accounts.inClinic(user.clinicId())
					.stream()
					.collect(Collectors.toMap(UserAccount::id, UserAccount::displayName)));
		model.addAttribute("contact", this.contacts.of(user, id).orElse(null));
		model.addAttribute("contactLanguages", languages(user));
		return "care/client";
	}

	/**
	 * Moves the client to another therapist (a supervisor, or who manages the clinic),
	 * then back to the client's page, or to the caseload for someone who no longer reads
	 * the client.
	 */
	@PostMapping("/clients/{id}/reassignment")
	String reassign(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String therapist,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
		try {
			this.reassignments.reassign(user, id, therapist, reason);
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, PageProblems.given("therapist", therapist, "reason", reason));
			model.addAttribute(REFUSED_FORM, "reassign");
			return client(user, id, model);
		}
		if (user.supervisor()) {
			return "redirect:/clients/" + id;
		}
		return user.clinical() ? "redirect:/clients" : "redirect:/admin/users?reassigned";
	}

	/**
	 * Records a session. The form's values arrive as typed; the caseload's own rules
	 * check them, as they check the API's, and a refusal shows the form again beside its
	 * field.
	 */
	@PostMapping("/clients/{id}/sessions")
	String recordSession(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String number,
			@RequestParam(required = false) String date, @RequestParam(required = false) String attendance,
			@RequestParam(required = false) String status, @RequestParam(required = false) String time,
			@RequestParam(required = false) String lengthMinutes, Model model, HttpServletResponse response) {
		if (Attendance.BOOKED.wireName().equals(status)) {
			return onClientPage(user, id, model, response, "booking",
					PageProblems.given("date", date, "time", time, "lengthMinutes", lengthMinutes), () -> {
						FormValues form = new FormValues();
						LocalDate day = form.date("startsAt", date);
						LocalTime at = form.time("startsAt", time);
						Integer length = (lengthMinutes == null || lengthMinutes.isBlank()) ? null
								: form.wholeNumber("lengthMinutes", lengthMinutes);
						form.refuseIfAny();
						OffsetDateTime start = day.atTime(at)
							.atZone(this.bookings.zone(user.clinicId()))
							.toOffsetDateTime();
						this.bookings.book(user, id, null, start, length);
					});
		}
		try {
			FormValues form = new FormValues();
			Integer sessionNumber = form.wholeNumber("number", number);
			LocalDate sessionDate = form.date("date", date);
			form.refuseIfAny();
			this.caseload.recordSession(user, id, sessionNumber, sessionDate,
					Attendance.fromWire(attendance).orElse(null));
			return "redirect:/clients/" + id;
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex,
					PageProblems.given("number", number, "date", date, "attendance", attendance));
			model.addAttribute(REFUSED_FORM, "session");
			return client(user, id, model);
		}
	}

	@PostMapping("/clients/{id}/rename")
	String rename(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String pseudonym,
			Model model, HttpServletResponse response) {
		return onClientPage(user, id, model, response, "rename", PageProblems.given("pseudonym", pseudonym),
				() -> this.caseload.rename(user, id, pseudonym));
	}

	/**
	 * Sets, changes or removes the client's contact email; shown masked from then on.
	 */
	@PostMapping("/clients/{id}/contact")
	String changeContact(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String email,
			@RequestParam(required = false) String language, @RequestParam(required = false) String remove, Model model,
			HttpServletResponse response) {
		return onClientPage(user, id, model, response, "contact", PageProblems.given("email", email),
				() -> this.contacts.change(user, id, (remove != null) ? null : email, language));
	}

	private List<String> languages(CurrentUser user) {
		return List.of(this.clinics.details(user.clinicId()).languages().split(","));
	}

	/**
	 * Ends the episode. With bookings still to come, the first sending shows them and
	 * asks whether to cancel them; the confirmation sends {@code cancelBookings=true}.
	 */
	@PostMapping("/clients/{id}/episodes/end")
	String endEpisode(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String cancelBookings,
			Model model, HttpServletResponse response) {
		boolean cancel = "true".equals(cancelBookings);
		List<CareSession> toCome = new ArrayList<>();
		String page = onClientPage(user, id, model, response, "end-episode",
				PageProblems.given("date", date, "reason", reason), () -> {
					FormValues form = new FormValues();
					LocalDate ended = form.date("date", date);
					form.refuseIfAny();
					EndReason why = EndReason.fromWire(reason).orElse(null);
					if (!cancel) {
						toCome.addAll(this.caseload.bookingsToCome(user, id, ended));
					}
					if (toCome.isEmpty()) {
						this.caseload.endEpisode(user, id, ended, why, cancel);
					}
				});
		if (toCome.isEmpty()) {
			return page;
		}
		ZoneId zone = this.bookings.zone(user.clinicId());
		model.addAttribute("user", user);
		model.addAttribute("client", this.caseload.client(user, id));
		model.addAttribute("bookings", toCome.stream().map((s) -> new BookingLine(s, s.when(zone), false)).toList());
		model.addAttribute("date", date);
		model.addAttribute("reason", reason);
		return "care/end-episode-confirm";
	}

	@PostMapping("/clients/{id}/episodes")
	String openEpisode(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String start,
			Model model, HttpServletResponse response) {
		return onClientPage(user, id, model, response, "start-episode", PageProblems.given("start", start), () -> {
			FormValues form = new FormValues();
			LocalDate started = form.date("start", start);
			form.refuseIfAny();
			this.caseload.openEpisode(user, id, started);
		});
	}

	@PostMapping("/clients/{id}/attendance")
	String changeAttendance(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String session,
			@RequestParam(required = false) String attendance, Model model, HttpServletResponse response) {
		return onClientPage(user, id, model, response, "attendance", PageProblems.given("attendance", attendance),
				() -> {
					UUID sessionId = FormValues.id(session)
						.orElseThrow(() -> new NotFound("session", "No such session."));
					this.caseload.changeAttendance(user, sessionId, Attendance.fromWire(attendance).orElse(null));
				});
	}

	/**
	 * A booked session as the client page lists it.
	 *
	 * @param when its start in the clinic's time zone, e.g. "2026-12-15 14:00"
	 * @param started whether its start has passed: then whether the client came can be
	 * recorded
	 */
	record BookingLine(CareSession session, String when, boolean started) {
	}

	/**
	 * Makes the change and goes back to the client's page; a refusal shows the page again
	 * with the message beside the field of the form that was sent: several of the page's
	 * forms share field names ({@code date}, {@code attendance}), so the page is told
	 * which form was refused.
	 */
	private String onClientPage(CurrentUser user, UUID id, Model model, HttpServletResponse response, String form,
			Map<String, String> given, Runnable change) {
		try {
			change.run();
			return "redirect:/clients/" + id;
		}
		catch (RuntimeException ex) {
			if (!PageProblems.isFormProblem(ex)) {
				throw ex;
			}
			PageProblems.show(model, response, ex, given);
			model.addAttribute(REFUSED_FORM, form);
			return client(user, id, model);
		}
	}

}
