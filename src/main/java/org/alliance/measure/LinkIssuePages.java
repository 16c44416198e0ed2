package org.alliance.measure;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.care.CareSession;
import org.alliance.api.Conflict;
import org.alliance.care.Caseload;
import org.alliance.care.SessionOfClient;
import org.alliance.instrument.Instrument;
import org.alliance.instrument.InstrumentCatalog;
import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist issues a client's personal link from the client page; the page shows it
 * once, with a copy button and a QR code (see {@code measure/client-part.html}), since
 * only its hash is kept.
 */
@Controller
class LinkIssuePages {

	private final ClientLinks links;

	private final Caseload caseload;

	private final InstrumentCatalog catalog;

	LinkIssuePages(ClientLinks links, Caseload caseload, InstrumentCatalog catalog) {
		this.links = links;
		this.caseload = caseload;
		this.catalog = catalog;
	}

	/**
	 * Issues a link for the session's due measures, or those of one kind ({@code symptom}
	 * before the session, {@code alliance} after it), and goes back to the client's page.
	 */
	@PostMapping("/clients/{id}/sessions/{sessionId}/link")
	String issueLink(CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(required = false) String kind, RedirectAttributes redirect) {
		boolean ofKind = kind != null && !kind.isBlank();
		IssuedLink link;
		try {
			link = ofKind ? this.links.issueOfKind(user, sessionId, kind)
					: this.links.issue(user, sessionId, List.of());
		}
		catch (Conflict refused) {
			// Nothing left to answer, or the episode has ended: the client page says why,
			// beside the links, rather than an error page.
			redirect.addFlashAttribute("linkRefused", refused.getMessage());
			return "redirect:/clients/" + id + "#link-refused";
		}
		CareSession session = this.caseload.session(user, sessionId).map(SessionOfClient::session).orElseThrow();
		redirect.addFlashAttribute("handedOut",
				new HandedOutLink(link.url(), session.number(), session.date(),
						HandedOutLink.when(ofKind ? kind : null), titles(link.instruments()), link.expiresAt(),
						LinkQrCode.dataUrl(link.url())));
		return "redirect:/clients/" + id + "#client-link";
	}

	/**
	 * Revokes a link handed out for one of the client's sessions and goes back to the
	 * client's page, which says so.
	 */
	@PostMapping("/clients/{id}/links/{linkId}/revoke")
	String revokeLink(CurrentUser user, @PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect) {
		LinkStatus link = this.links.revokeOfClient(user, id, linkId);
		redirect.addFlashAttribute("linkRevoked", "The personal link for session " + link.sessionNumber() + " ("
				+ titles(link.instruments()) + ") is revoked: it no longer opens, and the client is told so.");
		return "redirect:/clients/" + id + "#link-revoked";
	}

	private String titles(List<String> codes) {
		return codes.stream()
			.map((code) -> this.catalog.find(code).map(Instrument::title).orElse(code))
			.collect(Collectors.joining(", "));
	}

}
