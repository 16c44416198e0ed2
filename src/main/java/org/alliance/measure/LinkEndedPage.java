package org.alliance.measure;

import jakarta.servlet.http.HttpServletRequest;

import org.alliance.language.ClientLanguages;
import org.alliance.security.ClinicDetails;
import org.alliance.security.Clinics;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a client reads on a personal link that has ended, whichever page of the link they
 * were on (the form, the portal's task and topic forms): 410 Gone, in their language,
 * that the link is no longer valid, that answers just sent were not saved, whom to ask
 * for a new one (the clinic by name, with its number when it gave one) and the clinic's
 * crisis information. Before the product's general error pages, which would say 404.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class LinkEndedPage {

	private final Clinics clinics;

	private final CrisisNotice crisis;

	private final ClientLanguages languages;

	LinkEndedPage(Clinics clinics, CrisisNotice crisis, ClientLanguages languages) {
		this.clinics = clinics;
		this.languages = languages;
		this.crisis = crisis;
	}

	@ExceptionHandler(LinkNoLongerValid.class)
	ModelAndView gone(HttpServletRequest request, LinkNoLongerValid ended) {
		// Asked for in the address, else remembered for the link, else the browser's.
		String language = this.languages.ofRequest(request);
		ClientLanguages.use(request, language);
		ClinicDetails clinic = this.clinics.details(ended.clinicId());
		ModelAndView page = new ModelAndView("measure/link-ended", HttpStatus.GONE);
		page.addObject("lang", language);
		page.addObject("clinicName", clinic.name());
		page.addObject("crisisPhone",
				(clinic.crisisPhone() != null && !clinic.crisisPhone().isBlank()) ? clinic.crisisPhone() : null);
		page.addObject("crisisText", this.crisis.text(ended.clinicId(), language));
		page.addObject("notSaved", "POST".equals(request.getMethod()));
		page.addObject("linkPath", linkPath(request.getRequestURI()));
		return page;
	}

	/** {@code /r/<token>}, the link's own page, from any page under it. */
	private static String linkPath(String uri) {
		String[] parts = uri.split("/");
		return (parts.length > 2) ? "/r/" + parts[2] : "/";
	}

}
