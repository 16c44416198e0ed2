package org.alliance.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages a client reads Alliance in, and the words of each: one message bundle per
 * language on the classpath ({@code messages.properties} in English, the first language;
 * {@code messages_es.properties} in Spanish, and so on), so that adding a language is
 * adding its bundle. Pages read the words through Thymeleaf's {@code #{...}} in the
 * language a handler chose with {@link #use}; code that writes to a client (an email, a
 * form's message) reads them with {@link #text}.
 * <p>
 * A client's language is the one the client chose (on the link, in the address or in the
 * link's cookie) or that the clinic recorded for them, never overruled by the browser;
 * the browser's language counts only when nothing was chosen.
 */
@Component
public class ClientLanguages {

	/** The language of {@code messages.properties}, read when no other applies. */
	public static final String FIRST = "en";

	/**
	 * The cookie that remembers the language a client chose on a personal link, scoped to
	 * the link's path ({@code /r/<token>}).
	 */
	public static final String COOKIE = "alliance-lang";

	/** The request attribute that carries the chosen language to the page's rendering. */
	static final String ATTRIBUTE = ClientLanguages.class.getName() + ".language";

	private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	private final MessageSource messages;

	private final List<String> codes;

	ClientLanguages(MessageSource messages, ResourcePatternResolver resources) {
		this.messages = messages;
		this.codes = codes(resources);
	}

	/** The languages with a bundle, English first, the others by code. */
	public List<String> codes() {
		return this.codes;
	}

	/** Whether the code names a language with a bundle. */
	public boolean offered(String code) {
		return code != null && this.codes.contains(code);
	}

	/** The code when it is offered, otherwise English. */
	public String orFirst(String code) {
		return offered(code) ? code : FIRST;
	}

	/** The language's own name for itself ({@code English}, {@code Español}). */
	public String name(String code) {
		return offered(code) ? text(code, "language.name") : code;
	}

	/**
	 * The words of the key in the language, its arguments in place of {@code {0}},
	 * {@code {1}}.
	 */
	public String text(String language, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale(language));
	}

	/**
	 * The language asked for in the address ({@code lang}), else the one remembered in
	 * the link's cookie, else the browser's first: each only when offered; English when
	 * none is.
	 */
	public String ofRequest(HttpServletRequest request) {
		String asked = request.getParameter("lang");
		if (offered(asked)) {
			return asked;
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && offered(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		Locale browser = request.getLocale();
		return (browser != null) ? orFirst(browser.getLanguage()) : FIRST;
	}

	/**
	 * Renders the request's page in the language: its {@code #{...}} words and dates come
	 * from that language's bundle whatever the browser asks for.
	 */
	public static void use(HttpServletRequest request, String language) {
		request.setAttribute(ATTRIBUTE, language);
	}

	/** The locale of a language code. */
	public static Locale locale(String language) {
		return Locale.forLanguageTag((language != null) ? language : FIRST);
	}

	/**
	 * Whether the bundle is one of ours, naming its language, and not a library's file of
	 * the same name.
	 */
	private static boolean ours(Resource bundle) throws IOException {
		Properties words = new Properties();
		try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			words.load(reader);
		}
		return words.containsKey("language.name");
	}

	private static List<String> codes(ResourcePatternResolver resources) {
		TreeSet<String> found = new TreeSet<>();
		try {
			for (Resource bundle : resources.getResources("classpath*:messages_*.properties")) {
				Matcher name = BUNDLE.matcher(String.valueOf(bundle.getFilename()));
				if (name.matches() && ours(bundle)) {
					found.add(name.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		found.remove(FIRST);
		List<String> codes = new ArrayList<>();
		codes.add(FIRST);
		codes.addAll(found);
		return List.copyOf(codes);
	}

}
