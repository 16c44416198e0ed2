package org.alliance.care;

import java.util.UUID;

import org.alliance.mail.EmailAddress;

/**
 * A client as an email is sent to them: the address whole, for the outbox only, and the
 * language to write in.
 *
 * @param clientId the client
 * @param address the contact email, whole
 * @param language {@code en} or {@code es}
 */
public record Addressee(UUID clientId, EmailAddress address, String language) {
}
