package org.alliance.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.alliance.security.SecretsAtRest;

/**
 * An email as the outbox keeps it until delivery: recipient, subject, text and HTML,
 * sealed together under the key outside the database and bound to the outbox row's id.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 */
record SealedEmail(String to, String subject, String text, String html) {

	String seal(SecretsAtRest secrets, UUID id) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			for (String part : new String[] { this.to, this.subject, this.text, this.html }) {
				byte[] encoded = part.getBytes(StandardCharsets.UTF_8);
				out.writeInt(encoded.length);
				out.write(encoded);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return secrets.sealText(Base64.getEncoder().encodeToString(bytes.toByteArray()), owner(id));
	}

	/**
	 * The email sealed for the row.
	 * @throws org.alliance.security.SecretUnreadable if the server's key does not open it
	 */
	static SealedEmail open(SecretsAtRest secrets, UUID id, String sealed) {
		byte[] bytes = Base64.getDecoder().decode(secrets.openText(sealed, owner(id)));
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			return new SealedEmail(part(in), part(in), part(in), part(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String part(DataInputStream in) throws IOException {
		return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
	}

	private static String owner(UUID id) {
		return "mail-outbox:" + id;
	}

}
