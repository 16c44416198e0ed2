package org.alliance.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.alliance.ApiClient;
import org.alliance.PageSession;
import org.alliance.PageSession.Page;
import org.alliance.ServerOnH2;
import org.alliance.TestClinic;
import org.alliance.security.AuditEntry;
import org.alliance.security.AuditTrail;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The episode report as the server sends it, page and PDF, for the episode of
 * {@link ReportedEpisode}: its verdicts and numbers are those of the outcome API for the
 * same client, the PDF carries the same content in its text, and only the client's
 * therapist and the clinic's supervisors and admins may read it.
 */
class EpisodeReportTests extends ServerOnH2 {

	private static TestClinic clinic;

	private static ReportedEpisode episode;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void enterEpisodeOnce() throws InterruptedException {
		if (episode == null) {
			clinic = newClinic();
			episode = ReportedEpisode.enter(new ApiClient(this.port), clinic);
		}
	}

	@Test
	void thePageShowsTheOutcomeApisVerdictsAndNumbers() {
		JsonNode outcome = new ApiClient(this.port)
			.get("/api/v1/clients/" + episode.client() + "/outcome", clinic.therapist().token())
			.json()
			.get("episodes")
			.get(0);
		String body = therapist().get(episode.page()).body();

		JsonNode expected = outcome.get("expected");
		assertThat(expected.get("method").asString()).isEqualTo("rules");
		assertThat(text(body, "report-verdict", "</p>")).isEqualTo(headline(outcome.get("onTrack")) + " "
				+ expected.get("flag").asString() + " " + "by the reliable-change rules");
		assertThat(text(body, "report-reason", "</p>")).isEqualTo(expected.get("reason").asString());
		for (String code : List.of("phq9", "gad7")) {
			JsonNode change = outcome.get("reliableChange").get(code);
			String name = code.equals("phq9") ? "PHQ-9" : "GAD-7";
			assertThat(text(body, "report-change-" + name, "</tr>")).isEqualTo(name + " " + whole(change.get("first"))
					+ " → " + whole(change.get("last")) + " " + signed(whole(change.get("change"))) + " "
					+ signed(String.format(Locale.ROOT, "%.2f", change.get("rci").asDouble())) + " "
					+ change.get("verdict").asString() + " (reliable change in points (NHS Talking Therapies))");
		}
		JsonNode nhstt = outcome.get("nhstt");
		assertThat(text(body, "report-nhstt", "</table>"))
			.isEqualTo("Category This episode " + "finished a course (2 or more attended sessions) "
					+ yesNo(nhstt.get("finished")) + " (" + nhstt.get("treatmentSessions").asInt()
					+ " attended) a case at the start " + yesNo(nhstt.get("caseStart")) + " recovered "
					+ yesNo(nhstt.get("recovered")) + " reliable improvement " + yesNo(nhstt.get("reliableImprovement"))
					+ " reliable deterioration " + yesNo(nhstt.get("reliableDeterioration")) + " reliable recovery "
					+ yesNo(nhstt.get("reliableRecovery")));
		outcome.get("scores").forEach((score) -> {
			String row = text(body, "report-session-" + score.get("session").asInt(), "</tr>");
			assertThat(row).contains(" " + whole(score.get("total")) + " ");
		});
		// And by hand (ReportedEpisode): the API says what the manual's points say.
		assertThat(text(body, "report-change-PHQ-9", "</tr>")).startsWith("PHQ-9 12 → 19 +7 +2.29 deteriorated");
		assertThat(text(body, "report-change-GAD-7", "</tr>")).startsWith("GAD-7 9 → 10 +1 +0.49 unchanged");
		assertThat(text(body, "report-verdict", "</p>")).isEqualTo("Not on track red by the reliable-change rules");
		assertThat(text(body, "report-session-1", "</tr>"))
			.isEqualTo("1 " + LocalDates.weeksAgo(5) + " attended 12 9 4.00 4.00");
		assertThat(text(body, "report-session-5", "</tr>")).isEqualTo("5 " + LocalDates.weeksAgo(1) + " no-show");
	}

	@Test
	void thePageNamesTheEpisodeItsRupturesAndTheSignalWorked() {
		String body = therapist().get(episode.page()).body();
		assertThat(text(body, "report-pseudonym", "</td>")).isEqualTo(episode.pseudonym());
		assertThat(text(body, "report-therapist", "</td>")).isEqualTo(clinic.therapist().account().displayName());
		assertThat(text(body, "report-period", "</td>"))
			.isEqualTo(LocalDates.weeksAgo(5) + " to " + LocalDates.weeksAgo(1));
		assertThat(text(body, "report-end-reason", "</td>")).isEqualTo("planned ending");
		assertThat(text(body, "report-attendance", "</td>")).isEqualTo("5 booked: 4 attended, 1 no-show, 0 cancelled");
		assertThat(body).doesNotContain("id=\"report-provisional\"");
		assertThat(text(body, "report-ruptures", "</table>")).contains(
				"4 1 SD (Strauss et al. 2006) (raises signals) total 4.00 → 2.00",
				"4 2 SD (Stiles et al. 2004) total 4.00 → 2.00", "not repaired (the episode ended first)");
		String signals = text(body, "report-signals", "</section>");
		assertThat(signals).contains("not on track", "resolved",
				"Checked the alliance with the client: " + ReportedEpisode.NOTE.replace("&", "&amp;") + " ("
						+ clinic.therapist().account().displayName(),
				"Resolved by " + clinic.therapist().account().displayName(), ReportedEpisode.OUTCOME);
		assertThat(signals).contains("rupture", "open");
		// Both charts, drawn on the server: the client's PHQ-9 dots and the ringed
		// rupture.
		assertThat(body).contains(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" id=\"chart-symptoms\"",
				"id=\"chart-alliance\"", "<title id=\"chart-symptoms-title\">");
		assertThat(body.split("<circle ", -1)).hasSizeGreaterThan(8);
	}

	@Test
	void thePdfCarriesTheReportInItsTextInTheEmbeddedFont() throws IOException {
		byte[] pdf = therapist().download(episode.pdf());
		// Kept for a look: pdftoppm target/episode-report.pdf shows its pages.
		java.nio.file.Files.write(java.nio.file.Path.of("target", "episode-report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains(episode.pseudonym(), clinic.therapist().account().displayName(), "Not on track",
					"by the reliable-change rules", "PHQ-9 12 → 19 +7 +2.29 deteriorated",
					"GAD-7 9 → 10 +1 +0.49 unchanged", "reliable deterioration yes",
					"Checked the alliance with the client: " + ReportedEpisode.NOTE, ReportedEpisode.OUTCOME,
					"planned ending", "5 booked: 4 attended, 1 no-show, 0 cancelled", "Page 1 of");
			// The charts' labels are text too, drawn into the PDF.
			assertThat(text).contains("client's rating", "therapist's rating", "rupture", "Session");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("Episode report · " + episode.pseudonym());
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("LiberationSans");
				}
			}
		}
	}

	@Test
	void onlyTheTherapistAndTheClinicsSupervisorsMayReadIt() {
		PageSession other = PageSession.signIn(this.port, clinic.otherTherapist().email(), TestClinic.PASSWORD);
		assertThat(other.get(episode.page()).status()).isEqualTo(404);
		assertThat(other.get(episode.pdf()).status()).isEqualTo(404);
		PageSession supervisor = PageSession.signIn(this.port, clinic.supervisor().email(), TestClinic.PASSWORD);
		assertThat(supervisor.get(episode.page()).status()).isEqualTo(200);
		assertThat(supervisor.get(episode.pdf()).status()).isEqualTo(200);
		// An admin account manages the clinic and reads no clinical record.
		PageSession admin = PageSession.signIn(this.port, clinic.admin().email(), TestClinic.PASSWORD);
		assertThat(admin.get(episode.page()).status()).isEqualTo(403);
		assertThat(admin.get(episode.pdf()).status()).isEqualTo(403);
		TestClinic elsewhere = newClinic();
		PageSession stranger = PageSession.signIn(this.port, elsewhere.supervisor().email(), TestClinic.PASSWORD);
		assertThat(stranger.get(episode.page()).status()).isEqualTo(404);
		// Another client's episode under this client is no episode of theirs.
		ReportedEpisode open = ReportedEpisode.open(new ApiClient(this.port), clinic);
		assertThat(therapist().get("/clients/" + episode.client() + "/episodes/" + open.episode() + "/report").status())
			.isEqualTo(404);
		assertThat(therapist().get("/clients/" + episode.client() + "/episodes/not-an-id/report").status()).isIn(400,
				404);
	}

	@Test
	void everyReadIsAuditedAsThePersons() {
		therapist().get(episode.page());
		therapist().download(episode.pdf());
		List<AuditEntry> entries = this.audit.latest(clinic.id(), 200);
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.resourceType()).isEqualTo("episode-report");
			assertThat(e.resourceId()).isEqualTo(episode.episode());
			assertThat(e.actor()).isEqualTo(clinic.therapist().email());
		});
		assertThat(entries).anySatisfy((e) -> {
			assertThat(e.resourceType()).isEqualTo("episode-report-pdf");
			assertThat(e.resourceId()).isEqualTo(episode.episode());
		});
	}

	@Test
	void anOpenEpisodesReportIsProvisional() {
		ReportedEpisode open = ReportedEpisode.open(new ApiClient(this.port), clinic);
		Page page = therapist().get(open.page());
		assertThat(page.status()).isEqualTo(200);
		assertThat(text(page.body(), "report-title", "</h1>")).isEqualTo("Episode report provisional");
		assertThat(text(page.body(), "report-period", "</td>"))
			.isEqualTo("from " + LocalDates.weeksAgo(1) + ", still open");
		assertThat(page.body()).contains("id=\"report-provisional\"").doesNotContain("id=\"report-end-reason\"");
		// The client page links both episodes' reports.
		String client = therapist().get("/clients/" + episode.client()).body();
		assertThat(client).contains("href=\"" + episode.page() + "\"", "href=\"" + episode.pdf() + "\"");
	}

	private PageSession therapist() {
		return PageSession.signIn(this.port, clinic.therapist().email(), TestClinic.PASSWORD);
	}

	private static String text(String body, String id, String closing) {
		int from = body.indexOf("id=\"" + id + "\"");
		assertThat(from).as("element " + id).isNotNegative();
		int to = body.indexOf(closing, from);
		String inner = body.substring(body.indexOf('>', from) + 1, to);
		return inner.replaceAll("</?(span|strong|a)\\b[^>]*>", "")
			.replaceAll("<[^>]*>", " ")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static String headline(JsonNode onTrack) {
		return onTrack.isNull() ? "Not judged yet" : onTrack.asBoolean() ? "On track" : "Not on track";
	}

	private static String yesNo(JsonNode value) {
		return value.isNull() ? "not applicable" : value.asBoolean() ? "yes" : "no";
	}

	private static String whole(JsonNode number) {
		double value = number.asDouble();
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String signed(String number) {
		return number.startsWith("-") ? "−" + number.substring(1)
				: (number.matches("0(\\.0+)?") ? number : "+" + number);
	}

	/** Dates the fixture used. */
	private static final class LocalDates {

		static String weeksAgo(int weeks) {
			return java.time.LocalDate.now().minusWeeks(weeks).toString();
		}

	}

}
