package org.alliance.journey;

/**
 * What a client written to in each language reads on the way from the email to the end of
 * the form, word for word: the subject and the words of the questionnaire's email, the
 * PHQ-9's item 9 and its answer "several days" (Pfizer's official Spanish translation for
 * the USA), the form's button, the crisis information and the closing page.
 */
enum ClientLanguage {

	ENGLISH("en", "Your questionnaire from ", "before your next session",
			"Thoughts that you would be better off dead or of hurting yourself in some way", "Several days", "Send",
			"If you need help now", "Call your clinic now", "Thank you!"),

	SPANISH("es", "Su cuestionario de ", "antes de su próxima sesión",
			"Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera", "Varios días", "Enviar",
			"Si necesita ayuda ahora", "Llame ahora a su clínica", "¡Gracias!");

	final String code;

	final String subject;

	final String beforeSession;

	final String itemNine;

	final String severalDays;

	final String send;

	final String crisisHeading;

	final String crisisWords;

	final String thanks;

	ClientLanguage(String code, String subject, String beforeSession, String itemNine, String severalDays, String send,
			String crisisHeading, String crisisWords, String thanks) {
		this.code = code;
		this.subject = subject;
		this.beforeSession = beforeSession;
		this.itemNine = itemNine;
		this.severalDays = severalDays;
		this.send = send;
		this.crisisHeading = crisisHeading;
		this.crisisWords = crisisWords;
		this.thanks = thanks;
	}

}
