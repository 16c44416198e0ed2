package org.alliance.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
@RequestMapping("/api/v1")
class CareApiController {

	private final Caseload caseload;

	CareApiController(Caseload caseload) {
		this.caseload = caseload;
	}

	@PostMapping("/clients")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> admit(CurrentUser user, @RequestBody NewClient body) {
		LocalDate start = (body.episodeStart() != null) ? body.episodeStart() : LocalDate.now();
		return Map.of("id", this.caseload.admit(user, body.pseudonym(), body.therapist(), start).id());
	}

	@GetMapping("/clients")
	List<ClientView> clients(CurrentUser user) {
		return this.caseload.visibleTo(user).stream().map(ClientView::of).toList();
	}

	@GetMapping("/clients/{id}")
	ClientView client(CurrentUser user, @PathVariable UUID id) {
		return ClientView.of(this.caseload.client(user, id));
	}

	/** A new pseudonym for the client, by the rules of admission. */
	@PutMapping("/clients/{id}/pseudonym")
	ClientView rename(CurrentUser user, @PathVariable UUID id, @RequestBody Renaming body) {
		return ClientView.of(this.caseload.rename(user, id, body.pseudonym()));
	}

	/** A change of attendance for a recorded session. */
	@PutMapping("/sessions/{id}/attendance")
	SessionView changeAttendance(CurrentUser user, @PathVariable UUID id, @RequestBody AttendanceChange body) {
		return SessionView
			.of(this.caseload.changeAttendance(user, id, Attendance.fromWire(body.attendance()).orElse(null)));
	}

	@GetMapping("/clients/{id}/episodes")
	List<EpisodeView> episodes(CurrentUser user, @PathVariable UUID id) {
		return this.caseload.episodes(user, id).stream().map(EpisodeView::of).toList();
	}

	@PostMapping("/clients/{id}/episodes")
	@ResponseStatus(HttpStatus.CREATED)
	EpisodeView openEpisode(CurrentUser user, @PathVariable UUID id, @RequestBody NewEpisode body) {
		return EpisodeView.of(this.caseload.openEpisode(user, id, body.start()));
	}

	@PostMapping("/clients/{id}/episodes/current/end")
	EpisodeView endEpisode(CurrentUser user, @PathVariable UUID id, @RequestBody EpisodeEnd body) {
		EndReason reason = EndReason.fromWire(body.reason()).orElse(null);
		return EpisodeView.of(this.caseload.endEpisode(user, id, body.date(), reason));
	}

	@PostMapping("/clients/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> recordSession(CurrentUser user, @PathVariable UUID id, @RequestBody NewSession body) {
		Attendance attendance = Attendance.fromWire(body.attendance()).orElse(null);
		return Map.of("id", this.caseload.recordSession(user, id, body.number(), body.date(), attendance).id());
	}

	@GetMapping("/clients/{id}/sessions")
	List<SessionView> sessions(CurrentUser user, @PathVariable UUID id) {
		return this.caseload.sessions(user, id).stream().map(SessionView::of).toList();
	}

	/** Checked by {@link Caseload#admit}, the same rules as the caseload page's form. */
	record NewClient(String pseudonym, String therapist, LocalDate episodeStart) {
	}

	record NewSession(Integer number, LocalDate date, String attendance) {
	}

	record Renaming(String pseudonym) {
	}

	record AttendanceChange(String attendance) {
	}

	record NewEpisode(LocalDate start) {
	}

	record EpisodeEnd(LocalDate date, String reason) {
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

	record SessionView(UUID id, int number, LocalDate date, String attendance) {
		static SessionView of(CareSession session) {
			return new SessionView(session.id(), session.number(), session.date(), session.attendance().wireName());
		}
	}

}
