package org.alliance.safety;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the safety screen ({@code alliance.safety.*}).
 *
 * @param crisisText what the client reads after giving a risk answer, by language
 * ({@code en}, {@code es}); a clinic sets its own crisis line and hours here
 */
@ConfigurationProperties("alliance.safety")
public record SafetySettings(@DefaultValue Map<String, String> crisisText) {

	private static final Map<String, String> DEFAULTS = Map.of("en",
			"If you are thinking about ending your life or harming yourself, you do not have to wait for your next"
					+ " session. Call your clinic now, or your local emergency number (112 in Europe, 911 in North"
					+ " America, 999 in the UK) or go to the nearest emergency department. If you are in immediate"
					+ " danger, call emergency services now.",
			"es",
			"Si está pensando en quitarse la vida o en hacerse daño, no tiene que esperar a su próxima sesión."
					+ " Llame ahora a su clínica o al número de emergencias (112 en Europa, 911 en América del Norte)"
					+ " o acuda al servicio de urgencias más cercano. Si está en peligro inmediato, llame ya a"
					+ " emergencias.");

	/** The clinic's crisis text in the language, or the default; never null. */
	public String crisisText(String language) {
		String language2 = "es".equals(language) ? "es" : "en";
		String configured = this.crisisText.get(language2);
		return (configured != null && !configured.isBlank()) ? configured : DEFAULTS.get(language2);
	}

}
