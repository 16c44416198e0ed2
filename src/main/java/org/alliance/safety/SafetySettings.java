package org.alliance.safety;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the safety screen ({@code alliance.safety.*}).
 *
 * @param crisisText what the client reads after giving a risk answer, by language code
 * ({@code en}, {@code es}); a clinic sets its own crisis line and hours here. A language
 * it leaves out reads the {@code crisis.default} text of that language's message bundle.
 */
@ConfigurationProperties("alliance.safety")
public record SafetySettings(@DefaultValue Map<String, String> crisisText) {

	/** The clinic's crisis text in the language, or the bundle's default; never null. */
	public String crisisText(String language) {
		String configured = this.crisisText.get(language);
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		// Read without Spring, as these settings are a plain record: the same bundles the
		// pages read, English (messages.properties) for a language without its own.
		return ResourceBundle
			.getBundle("messages", Locale.forLanguageTag((language != null) ? language : "en"),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
			.getString("crisis.default");
	}

}
