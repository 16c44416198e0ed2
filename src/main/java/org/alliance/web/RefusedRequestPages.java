package org.alliance.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.alliance.language.ClientLanguages;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for a refusal that no page handler saw: the security filters' 403 for a role
 * that may not open a page, the firewall's 400 for a malformed path, anything sent with
 * {@code sendError}. Spring Boot renders these through its error controller; this makes
 * it show the same page as {@link ErrorPages}, in the product's layout and, on a personal
 * link ({@code /r/...}), in the client's language without the staff's navigation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedRequestPages implements ErrorViewResolver {

	private final ClientLanguages languages;

	RefusedRequestPages(ClientLanguages languages) {
		this.languages = languages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return ErrorPages.page(request, status, this.languages);
	}

}
