package org.alliance.report;

import java.util.UUID;

import org.alliance.security.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An episode's report as a printable page and as a PDF of the same content. The client's
 * therapist and the clinic's supervisors and admins may read it; for anyone else the
 * client does not exist (404), as everywhere in Alliance.
 */
@Controller
class EpisodeReportPages {

	private final EpisodeReports reports;

	private final EpisodeReportPdf pdf;

	EpisodeReportPages(EpisodeReports reports, EpisodeReportPdf pdf) {
		this.reports = reports;
		this.pdf = pdf;
	}

	@GetMapping("/clients/{id}/episodes/{episodeId}/report")
	String page(CurrentUser user, @PathVariable UUID id, @PathVariable UUID episodeId, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("report", this.reports.of(user, id, episodeId, "episode-report"));
		model.addAttribute("pdf", false);
		return "report/episode";
	}

	@GetMapping("/clients/{id}/episodes/{episodeId}/report.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id, @PathVariable UUID episodeId) {
		EpisodeReport report = this.reports.of(user, id, episodeId, "episode-report-pdf");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(report.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.pdf.render(report));
	}

}
