package org.alliance.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The locale a page is rendered in: the client's language when a handler chose one
 * ({@link ClientLanguages#use}), otherwise the browser's, as Spring's default resolver
 * reads it. Staff pages hold no {@code #{...}} words and read English whatever it is.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class ClientLocaleResolver extends AcceptHeaderLocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object chosen = request.getAttribute(ClientLanguages.ATTRIBUTE);
		return (chosen instanceof String language) ? ClientLanguages.locale(language) : super.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.setAttribute(ClientLanguages.ATTRIBUTE, (locale != null) ? locale.getLanguage() : null);
	}

}
