package org.alliance.measure;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal link just issued, as the client page shows it once (only its hash is kept):
 * for which session and when, which measures, until when, and as a QR code.
 *
 * @param url the link, absolute
 * @param session the session's number
 * @param sessionDate the session's date
 * @param when "before the session", "after the session" or "before or after the session"
 * @param measures the measures' titles, comma-separated
 * @param expiresAt when the link stops working
 * @param qrCode the link's QR code ({@link LinkQrCode#dataUrl})
 */
record HandedOutLink(String url, int session, LocalDate sessionDate, String when, String measures, Instant expiresAt,
		String qrCode) implements Serializable {

	/** The words for a link's kind: {@code symptom}, {@code alliance} or none. */
	static String when(String kind) {
		if ("symptom".equals(kind)) {
			return "before the session";
		}
		return "alliance".equals(kind) ? "after the session" : "before or after the session";
	}

}
