package org.alliance.measure;

import java.util.List;
import java.util.UUID;

import org.alliance.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist issues a client's personal link from the client page; the page shows it
 * once (see {@code measure/client-part.html}), since only its hash is kept.
 */
@Controller
class LinkIssuePages {

	private final ClientLinks links;

	LinkIssuePages(ClientLinks links) {
		this.links = links;
	}

	/**
	 * Issues a link for the session's due measures, or those of one kind ({@code symptom}
	 * before the session, {@code alliance} after it), and goes back to the client's page.
	 */
	@PostMapping("/clients/{id}/sessions/{sessionId}/link")
	String issueLink(CurrentUser user, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestParam(required = false) String kind, RedirectAttributes redirect) {
		IssuedLink link = (kind == null || kind.isBlank()) ? this.links.issue(user, sessionId, List.of())
				: this.links.issueOfKind(user, sessionId, kind);
		redirect.addFlashAttribute("link", link.url());
		redirect.addFlashAttribute("linkExpires", link.expiresAt());
		redirect.addFlashAttribute("linkMeasures", String.join(", ", link.instruments()));
		return "redirect:/clients/" + id;
	}

}
