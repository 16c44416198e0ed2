package org.alliance.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.alliance.AllianceOverview;
import org.alliance.alliance.AllianceSettings;
import org.alliance.alliance.ClientAlliance;
import org.alliance.alliance.Perspective;
import org.alliance.api.NotFound;
import org.alliance.care.Attendance;
import org.alliance.care.CareSession;
import org.alliance.care.Caseload;
import org.alliance.care.Client;
import org.alliance.care.EndReason;
import org.alliance.care.Episode;
import org.alliance.measure.Responses;
import org.alliance.measure.StoredResponse;
import org.alliance.outcome.EpisodeOutcome;
import org.alliance.outcome.OutcomeOverview;
import org.alliance.report.EpisodeReport.Heading;
import org.alliance.report.EpisodeReport.SessionLine;
import org.alliance.security.AuditTrail;
import org.alliance.security.CurrentUser;
import org.alliance.security.UserAccount;
import org.alliance.security.UserAccounts;
import org.alliance.signal.SignalInbox;

import org.springframework.stereotype.Service;

/**
 * Puts an episode's report together from what each module knows: care (the client, the
 * episode and its sessions), outcome (the verdicts), alliance (ratings and ruptures) and
 * signal (what was found and done). Each of those reads goes through its module's tenancy
 * check and audit; the report itself is audited as read too, as {@code episode-report}
 * (the page) or {@code episode-report-pdf}.
 */
@Service
class EpisodeReports {

	private final Caseload caseload;

	private final UserAccounts accounts;

	private final OutcomeOverview outcomes;

	private final AllianceOverview alliance;

	private final AllianceSettings allianceSettings;

	private final SignalInbox inbox;

	private final AuditTrail audit;

	private final Responses responses;

	EpisodeReports(Caseload caseload, UserAccounts accounts, OutcomeOverview outcomes, AllianceOverview alliance,
			AllianceSettings allianceSettings, SignalInbox inbox, AuditTrail audit, Responses responses) {
		this.responses = responses;
		this.caseload = caseload;
		this.accounts = accounts;
		this.outcomes = outcomes;
		this.alliance = alliance;
		this.allianceSettings = allianceSettings;
		this.inbox = inbox;
		this.audit = audit;
	}

	/**
	 * The report of one of the client's episodes, open or ended.
	 * @param auditedAs {@code episode-report} or {@code episode-report-pdf}
	 * @throws NotFound when the client is not this person's to see, or has no such
	 * episode
	 */
	EpisodeReport of(CurrentUser user, UUID clientId, UUID episodeId, String auditedAs) {
		Client client = this.caseload.client(user, clientId);
		Episode episode = find(this.caseload.episodes(user, clientId), Episode::id, episodeId);
		this.audit.recordRead(user, auditedAs, episodeId);
		List<CareSession> sessions = this.caseload.sessions(user, clientId)
			.stream()
			.filter((s) -> s.episodeId().equals(episodeId))
			.sorted(Comparator.comparingInt(CareSession::number))
			.toList();
		EpisodeOutcome outcome = find(this.outcomes.of(user, clientId).episodes(), EpisodeOutcome::episode, episodeId);
		ClientAlliance rated = this.alliance.ofEpisode(user, clientId, episodeId);
		List<UserAccount> staff = this.accounts.inClinic(user.clinicId());
		ZoneId zone = ZoneId.systemDefault();
		int last = sessions.isEmpty() ? 0 : sessions.get(sessions.size() - 1).number();
		String rule = this.allianceSettings.signalRule();
		List<StoredResponse> onBehalf = this.responses.ofClient(user, clientId)
			.stream()
			.filter((r) -> r.onBehalf() && r.episodeId().equals(episodeId))
			.toList();
		return new EpisodeReport(heading(user, client, therapist(staff, client), episode, sessions, zone),
				OutcomeWords.verdict(outcome.onTrack()), OutcomeWords.changes(outcome),
				OutcomeWords.categories(outcome),
				OnBehalfMarks.marked(sessionLines(sessions, outcome, rated), onBehalf),
				ReportCharts.symptoms(outcome, last), ReportCharts.alliance(rated, rule, last),
				RuptureWords.of(rated, rule, !episode.open()), new SignalWords(zone, names(staff))
					.of(this.inbox.ofClient(user, clientId, client.therapistId()), episode, sessions),
				OnBehalfMarks.lines(onBehalf, names(staff)));
	}

	/**
	 * The one with the episode's id; a client's episode is found by its id or not at all.
	 */
	private static <T> T find(List<T> all, Function<T, UUID> id, UUID episodeId) {
		return all.stream()
			.filter((e) -> id.apply(e).equals(episodeId))
			.findFirst()
			.orElseThrow(() -> new NotFound("episode", "No episode " + episodeId + " of this client."));
	}

	private static String therapist(List<UserAccount> staff, Client client) {
		return staff.stream()
			.filter((a) -> a.id().equals(client.therapistId()))
			.map(UserAccount::displayName)
			.findFirst()
			.orElse("unknown");
	}

	/** The staff's display names by email, for who took a step. */
	private static Map<String, String> names(List<UserAccount> staff) {
		return staff.stream().collect(Collectors.toMap(UserAccount::email, UserAccount::displayName, (a, b) -> a));
	}

	private Heading heading(CurrentUser user, Client client, String therapist, Episode episode,
			List<CareSession> sessions, ZoneId zone) {
		long attended = count(sessions, Attendance.ATTENDED);
		long noShows = count(sessions, Attendance.NO_SHOW);
		long cancelled = count(sessions, Attendance.CANCELLED);
		String period = episode.open() ? "from " + episode.start() + ", still open"
				: episode.start() + " to " + episode.end();
		String attendance = sessions.size() + " booked: " + attended + " attended, " + noShows + " no-show"
				+ ((noShows == 1) ? "" : "s") + ", " + cancelled + " cancelled" + stillBooked(sessions);
		return new Heading(this.accounts.clinicName(user.clinicId()), client.id(), client.pseudonym(), therapist,
				episode.id(), episode.start().toString(), period,
				episode.open() ? null : endReason(episode.endReason()), episode.open(), (int) attended, (int) noShows,
				attendance, SignalWords.WHEN.format(Instant.now().atZone(zone)) + " by " + user.displayName());
	}

	private static List<SessionLine> sessionLines(List<CareSession> sessions, EpisodeOutcome outcome,
			ClientAlliance rated) {
		SortedMap<Integer, Double> phq9 = ReportCharts.totals(outcome, "phq9");
		SortedMap<Integer, Double> gad7 = ReportCharts.totals(outcome, "gad7");
		SortedMap<Integer, Double> client = ReportCharts.total(rated, Perspective.CLIENT);
		SortedMap<Integer, Double> therapist = ReportCharts.total(rated, Perspective.THERAPIST);
		return sessions.stream()
			.map((s) -> new SessionLine(s.number(), s.date().toString(), s.attendance().wireName(),
					points(phq9.get(s.number())), points(gad7.get(s.number())), mean(client.get(s.number())),
					mean(therapist.get(s.number()))))
			.toList();
	}

	private static String endReason(EndReason reason) {
		if (reason == null) {
			return "not recorded";
		}
		return switch (reason) {
			case PLANNED -> "planned ending";
			case DROPOUT -> "dropout (ended without agreement)";
			case OTHER -> "other";
		};
	}

	/**
	 * ", 1 still to come" for sessions booked and not yet recorded: counted as booked but
	 * neither attended nor missed.
	 */
	private static String stillBooked(List<CareSession> sessions) {
		long booked = count(sessions, Attendance.BOOKED);
		return (booked == 0) ? "" : ", " + booked + " still to come";
	}

	private static long count(List<CareSession> sessions, Attendance attendance) {
		return sessions.stream().filter((s) -> s.attendance() == attendance).count();
	}

	private static String points(Double total) {
		return (total == null) ? "" : OutcomeWords.points(total);
	}

	private static String mean(Double itemMean) {
		return (itemMean == null) ? "" : String.format(Locale.ROOT, "%.2f", itemMean);
	}

}
