package org.alliance;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, started once for the test
 * run, and what it received: the mail tests point {@code spring.mail.*} at it and read
 * each message as the recipient would.
 */
public final class MailServer {

	private static GreenMail server;

	private MailServer() {
	}

	/** The server, started at the first call. */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-greenmail"));
		}
		return server;
	}

	/** Points the application's {@code spring.mail.*} at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server().getSmtp().getPort());
		registry.add("alliance.mail.from", () -> "Alliance <no-reply@clinic.test>");
	}

	/** Every message received for the address so far, oldest first. */
	public static List<MimeMessage> to(String address) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((to) -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** Waits (10 s at most) until the address has received that many messages. */
	public static List<MimeMessage> awaitMessages(String address, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> to(address).size() >= count);
		return to(address);
	}

	/**
	 * Waits (10 s at most) until the address has received that many messages whose
	 * subject starts so; those messages, oldest first.
	 */
	public static List<MimeMessage> awaitSubjects(String address, String subjectStart, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> subjected(address, subjectStart).size() >= count);
		return subjected(address, subjectStart);
	}

	private static List<MimeMessage> subjected(String address, String subjectStart) {
		return to(address).stream().filter((message) -> {
			try {
				return message.getSubject().startsWith(subjectStart);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The first part of the message of that MIME type, as text (e.g. text/html). */
	public static String part(MimeMessage message, String type) {
		try {
			String found = part((Part) message, type);
			if (found == null) {
				throw new AssertionError("No " + type + " part in the message");
			}
			return found;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = part(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The first link in the message's text part that starts with the base URL. */
	public static String link(MimeMessage message, String base) {
		Matcher link = Pattern.compile(Pattern.quote(base) + "\\S+").matcher(part(message, "text/plain"));
		if (!link.find()) {
			throw new AssertionError("No link to " + base + " in the message");
		}
		return link.group();
	}

}
