package org.alliance.instrument;

import java.util.Map;

/**
 * Language fallback shared by items and options: the asked language, else English.
 */
final class Texts {

	static final String FALLBACK_LANGUAGE = "en";

	private Texts() {
	}

	static String inLanguage(Map<String, String> texts, String language) {
		String text = (language != null) ? texts.get(language) : null;
		return (text != null) ? text : texts.get(FALLBACK_LANGUAGE);
	}

}
