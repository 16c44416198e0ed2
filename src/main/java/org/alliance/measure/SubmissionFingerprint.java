package org.alliance.measure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;

import org.alliance.instrument.Answer;

/**
 * What an idempotency key was first used for: a SHA-256 over the session, instrument,
 * respondent and every answer, in item order, so that a replay can be told from a
 * different request sent with the same key.
 */
final class SubmissionFingerprint {

	private SubmissionFingerprint() {
	}

	/**
	 * 64 lowercase hex digits; equal for equal requests whatever the order of the
	 * answers. The same answers entered on the client's behalf are another request. (Not
	 * entered on behalf, the hash is what it was before entries on behalf existed, so
	 * stored keys keep matching.)
	 */
	static String of(UUID sessionId, Submission submission, boolean onBehalf) {
		StringBuilder canonical = new StringBuilder().append(sessionId)
			.append('\u001f')
			.append(submission.instrument())
			.append('\u001f')
			.append(submission.respondent());
		if (onBehalf) {
			canonical.append('\u001f').append("on-behalf");
		}
		new TreeMap<>(submission.answers()).forEach(
				(item, answer) -> canonical.append('\u001e').append(item).append('\u001f').append(encoded(answer)));
		return HexFormat.of().formatHex(sha256(canonical.toString()));
	}

	/**
	 * A correction's: the corrected answers, and which version they correct and why, so
	 * that the same key for another correction is refused.
	 */
	static String ofCorrection(UUID sessionId, Submission submission, boolean onBehalf, UUID corrects, String reason) {
		String answers = of(sessionId, submission, onBehalf);
		return HexFormat.of()
			.formatHex(sha256(answers + '\u001f' + "corrects" + '\u001f' + corrects + '\u001f' + reason));
	}

	private static String encoded(Answer answer) {
		return (answer instanceof Answer.Choice choice) ? "c" + choice.value() : "t" + ((Answer.Text) answer).text();
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static boolean sameRequest(String storedHash, String hash) {
		return storedHash != null && MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII));
	}

}
