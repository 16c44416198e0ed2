package org.alliance.care;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.api.InvalidRequest;
import org.alliance.security.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients, episodes and sessions over the JSON API.
 */
@RestController
@Tag(name = "Care",
		description = "Clients, their contact email, episodes of care, sessions and attendance, and moving "
				+ "clients to another therapist")
@RequestMapping("/api/v1")
class CareApiController {

	private final Caseload caseload;

	private final SessionBookings bookings;

	private final Reassignments reassignments;

	private final ClientContacts contacts;

	CareApiController(Caseload caseload, SessionBookings bookings, Reassignments reassignments,
			ClientContacts contacts) {
		this.contacts = contacts;
		this.caseload = caseload;
		this.bookings = bookings;
		this.reassignments = reassignments;
	}

	/**
	 * Moves the client to another therapist of the clinic (a supervisor, or who manages
	 * the clinic); the client's signals go with them. Body {@code therapist} (the new
	 * therapist's email or id) and {@code reason} (1 to 400 characters).
	 */
	@PostMapping("/clients/{id}/reassignment")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Move a client to another therapist",
			description = "A supervisor, or who manages the clinic, moves the client to another therapist of the "
					+ "clinic (therapist: email or id, an active account) for a reason (1 to 400 characters); the "
					+ "client's signals go with them. Audited.")
	@ApiResponse(responseCode = "201", description = "The reassignment")
	@ApiResponse(responseCode = "403", description = "The client's own therapist, who may not move their client")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming therapist: a client of the same pseudonym was given to the new "
					+ "therapist meanwhile")
	@ApiResponse(responseCode = "422",
			description = "Problem details naming therapist (none of the clinic's, the current one, not active, or "
					+ "already with a client of the same pseudonym) or reason")
	Reassignment reassign(CurrentUser user, @PathVariable UUID id, @RequestBody Move body) {
		return this.reassignments.reassign(user, id, body.therapist(), body.reason());
	}

	/**
	 * Moves every client of one therapist (e.g. one who left) to another; the answer
	 * lists one reassignment per client moved, none when the therapist had none.
	 */
	@PostMapping("/users/{id}/clients/reassignment")
	@Operation(summary = "Move every client of one therapist to another",
			description = "A supervisor, or who manages the clinic, moves every client of the therapist named in the "
					+ "path (e.g. one who left) to another, for a reason; one reassignment per client moved, none "
					+ "when the therapist had none.")
	@ApiResponse(responseCode = "200", description = "One reassignment per client moved")
	@ApiResponse(responseCode = "403", description = "Neither a supervisor nor who manages the clinic")
	@ApiResponse(responseCode = "404", description = "No such therapist in the clinic")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming therapist: a client of the same pseudonym was given to the new "
					+ "therapist meanwhile")
	@ApiResponse(responseCode = "422", description = "Problem details naming therapist or reason")
	List<Reassignment> reassignAll(CurrentUser user, @PathVariable UUID id, @RequestBody Move body) {
		return this.reassignments.reassignAll(user, id, body.therapist(), body.reason());
	}

	@PostMapping("/clients")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a client on",
			description = "Admits a client under a pseudonym (1 to 120 characters, unique among the therapist's "
					+ "clients) for a therapist (email; a therapist takes on their own clients, a supervisor "
					+ "assigns any therapist of the clinic) and opens their first episode of care on episodeStart "
					+ "(today when left out). An optional contact email, in one of the clinic's languages.")
	@ApiResponse(responseCode = "201", description = "The new client's id")
	@ApiResponse(responseCode = "403", description = "A therapist naming another therapist, or an admin account")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming pseudonym: another client of the same therapist was just given it")
	@ApiResponse(responseCode = "422",
			description = "Problem details naming pseudonym, therapist (none of the clinic's, or not an active "
					+ "account), episodeStart, email or language")
	Map<String, UUID> admit(CurrentUser user, @RequestBody NewClient body) {
		LocalDate start = (body.episodeStart() != null) ? body.episodeStart() : LocalDate.now();
		return Map.of("id",
				this.contacts.admit(user, body.pseudonym(), body.therapist(), start, body.email(), body.language())
					.id());
	}

	@GetMapping("/clients")
	@Operation(summary = "The clients the caller may see",
			description = "A therapist's own clients, the whole clinic's for a supervisor.")
	@ApiResponse(responseCode = "200", description = "The clients")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	List<ClientView> clients(CurrentUser user) {
		return this.caseload.visibleTo(user).stream().map(ClientView::of).toList();
	}

	/** The client, with the contact email masked ({@code j***@example.org}), if any. */
	@GetMapping("/clients/{id}")
	@Operation(summary = "One client",
			description = "The client's pseudonym and therapist, and the contact email masked (j***@example.org) with "
					+ "its language, if any.")
	@ApiResponse(responseCode = "200", description = "The client")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	ClientDetail client(CurrentUser user, @PathVariable UUID id) {
		Client client = this.caseload.client(user, id);
		return ClientDetail.of(client, this.contacts.of(user, id).orElse(null));
	}

	/**
	 * Sets, changes or removes (an empty or null {@code email}) the client's contact
	 * email; answers it masked.
	 */
	@PutMapping("/clients/{id}/contact")
	@Operation(summary = "Set, change or remove a client's contact email",
			description = "Sets or changes the client's contact email and its language (one of the clinic's; its "
					+ "first when left out); an empty or null email removes it. Stored encrypted, audited; "
					+ "answered masked.")
	@ApiResponse(responseCode = "200", description = "The contact email masked, or none")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "422", description = "Problem details naming email or language")
	ContactView changeContact(CurrentUser user, @PathVariable UUID id, @RequestBody ContactChange body) {
		return ContactView.of(this.contacts.change(user, id, body.email(), body.language()).orElse(null));
	}

	/** A new pseudonym for the client, by the rules of admission. */
	@PutMapping("/clients/{id}/pseudonym")
	@Operation(summary = "Give a client another pseudonym",
			description = "By the rules of admission: 1 to 120 characters with a visible one and no invisible "
					+ "formatting, unique among the therapist's clients.")
	@ApiResponse(responseCode = "200", description = "The client")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming pseudonym: another client of the same therapist was just given it")
	@ApiResponse(responseCode = "422", description = "Problem details naming pseudonym")
	ClientView rename(CurrentUser user, @PathVariable UUID id, @RequestBody Renaming body) {
		return ClientView.of(this.caseload.rename(user, id, body.pseudonym()));
	}

	@PutMapping("/sessions/{id}/attendance")
	@Operation(summary = "Record whether the client came",
			description = "Sets the session's attendance: attended, no-show or cancelled. A booked session becomes "
					+ "attended or no-show once its start has passed, and can be cancelled at any time; a session "
					+ "recorded earlier can be corrected. The answer is the session as now recorded.")
	@ApiResponse(responseCode = "200",
			description = "The session: id, number, date, attendance, startsAt, " + "lengthMinutes")
	@ApiResponse(responseCode = "404", description = "No such session among the caller's clients' sessions")
	@ApiResponse(responseCode = "422",
			description = "Problem details naming attendance (not one of the three, or "
					+ "attended or no-show for a session still to come)")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	SessionView changeAttendance(CurrentUser user, @PathVariable UUID id, @RequestBody AttendanceChange body) {
		CareSession session = this.caseload.changeAttendance(user, id,
				Attendance.fromWire(body.attendance()).orElse(null));
		return SessionView.of(session, this.bookings.zone(session.clinicId()));
	}

	@GetMapping("/clients/{id}/episodes")
	@Operation(summary = "A client's episodes of care",
			description = "Each with its start and, once ended, its last day and end reason (planned, dropout or "
					+ "other).")
	@ApiResponse(responseCode = "200", description = "The episodes")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	List<EpisodeView> episodes(CurrentUser user, @PathVariable UUID id) {
		return this.caseload.episodes(user, id).stream().map(EpisodeView::of).toList();
	}

	@PostMapping("/clients/{id}/episodes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a new episode of care",
			description = "For a returning client: a new episode from start; refused while one is still open or "
					+ "before an earlier one ended.")
	@ApiResponse(responseCode = "201", description = "The new episode")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming start: another episode was opened at the same moment")
	@ApiResponse(responseCode = "422", description = "Problem details naming start")
	EpisodeView openEpisode(CurrentUser user, @PathVariable UUID id, @RequestBody NewEpisode body) {
		return EpisodeView.of(this.caseload.openEpisode(user, id, body.start()));
	}

	@PostMapping("/clients/{id}/episodes/current/end")
	@Operation(summary = "End the client's open episode of care",
			description = "Ends the open episode on date (its last day) for reason planned, dropout or other. "
					+ "Bookings still to come in it (booked sessions that start later, or after that day) are "
					+ "cancelled with it only when cancelBookings is true; otherwise nothing changes and the answer "
					+ "is 409 naming them.")
	@ApiResponse(responseCode = "200", description = "The ended episode")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming cancelBookings, listing the bookings " + "still to come")
	@ApiResponse(responseCode = "422", description = "Problem details naming date or reason")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	EpisodeView endEpisode(CurrentUser user, @PathVariable UUID id, @RequestBody EpisodeEnd body) {
		EndReason reason = EndReason.fromWire(body.reason()).orElse(null);
		return EpisodeView
			.of(this.caseload.endEpisode(user, id, body.date(), reason, Boolean.TRUE.equals(body.cancelBookings())));
	}

	@PostMapping("/clients/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book or record a session",
			description = "With status (or attendance) booked: books a session ahead in the open episode, starting "
					+ "at startsAt (ISO-8601 with its offset, in the future) for lengthMinutes (10 to 240, 50 when "
					+ "left out); number is the episode's next when left out, and the session keeps it whatever "
					+ "happens. Otherwise records a session with its number, date and attendance (attended, no-show "
					+ "or cancelled); attended and no-show only for a day that has come.")
	@ApiResponse(responseCode = "201", description = "The new session's id")
	@ApiResponse(responseCode = "422",
			description = "Problem details naming number, date, attendance, status, " + "startsAt or lengthMinutes")
	@ApiResponse(responseCode = "403",
			description = "A supervisor not acting for the therapist (act-for), or an admin account")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	@ApiResponse(responseCode = "409",
			description = "Problem details naming number: the episode was just given a session of this number")
	Map<String, UUID> recordSession(CurrentUser user, @PathVariable UUID id, @RequestBody NewSession body) {
		String status = body.status();
		if (status != null && body.attendance() != null && !status.equals(body.attendance())) {
			throw InvalidRequest.of("status", "Give status or attendance, not two different values.");
		}
		Attendance attendance = Attendance.fromWire((status != null) ? status : body.attendance()).orElse(null);
		if (attendance == Attendance.BOOKED) {
			return Map.of("id",
					this.bookings.book(user, id, body.number(), body.startsAt(), body.lengthMinutes()).id());
		}
		return Map.of("id", this.caseload.recordSession(user, id, body.number(), body.date(), attendance).id());
	}

	@GetMapping("/clients/{id}/sessions")
	@Operation(summary = "A client's sessions",
			description = "Each with its number, date, attendance (booked, attended, no-show or cancelled) and, for a "
					+ "booked one, its start in the clinic's time zone and length.")
	@ApiResponse(responseCode = "200", description = "The sessions")
	@ApiResponse(responseCode = "403", description = "An admin account, which reads no clinical record")
	@ApiResponse(responseCode = "404", description = "No such client among the clients the caller may see")
	List<SessionView> sessions(CurrentUser user, @PathVariable UUID id) {
		ZoneId zone = this.bookings.zone(user.clinicId());
		return this.caseload.sessions(user, id).stream().map((s) -> SessionView.of(s, zone)).toList();
	}

	/**
	 * Checked by {@link Caseload#admit}, the same rules as the caseload page's form; the
	 * optional contact email and its language by {@link ClientContacts#admit}.
	 */
	record NewClient(String pseudonym, String therapist, LocalDate episodeStart, String email, String language) {
	}

	record ContactChange(String email, String language) {
	}

	/** A contact email masked, or none (both null). */
	record ContactView(String email, String language) {
		static ContactView of(ContactEmail contact) {
			return (contact != null) ? new ContactView(contact.masked(), contact.language())
					: new ContactView(null, null);
		}
	}

	record ClientDetail(UUID id, String pseudonym, UUID therapist, String email, String language) {
		static ClientDetail of(Client client, ContactEmail contact) {
			return new ClientDetail(client.id(), client.pseudonym(), client.therapistId(),
					(contact != null) ? contact.masked() : null, (contact != null) ? contact.language() : null);
		}
	}

	/**
	 * A session to record (number, date, attendance) or to book (status booked, startsAt,
	 * lengthMinutes, number optional).
	 */
	record NewSession(Integer number, LocalDate date, String attendance, String status, OffsetDateTime startsAt,
			Integer lengthMinutes) {
	}

	/** Checked by {@link Reassignments}, the same rules as the pages' forms. */
	record Move(String therapist, String reason) {
	}

	record Renaming(String pseudonym) {
	}

	record AttendanceChange(String attendance) {
	}

	record NewEpisode(LocalDate start) {
	}

	record EpisodeEnd(LocalDate date, String reason, Boolean cancelBookings) {
	}

	record ClientView(UUID id, String pseudonym, UUID therapist) {
		static ClientView of(Client client) {
			return new ClientView(client.id(), client.pseudonym(), client.therapistId());
		}
	}

	record EpisodeView(UUID id, LocalDate start, LocalDate end, String endReason) {
		static EpisodeView of(Episode episode) {
			return new EpisodeView(episode.id(), episode.start(), episode.end(),
					(episode.endReason() != null) ? episode.endReason().wireName() : null);
		}
	}

	/**
	 * @param startsAt in the clinic's time zone; null for a session recorded with its
	 * date only
	 */
	record SessionView(UUID id, int number, LocalDate date, String attendance, OffsetDateTime startsAt,
			Integer lengthMinutes) {
		static SessionView of(CareSession session, ZoneId zone) {
			return new SessionView(session.id(), session.number(), session.date(), session.attendance().wireName(),
					(session.startsAt() != null) ? session.startsAt().atZone(zone).toOffsetDateTime() : null,
					session.lengthMinutes());
		}
	}

}
