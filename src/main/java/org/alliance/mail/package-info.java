/**
 * Email through the clinic's own SMTP server ({@code spring.mail.*}): an outbox written
 * in the transaction of whatever causes an email, and a scheduled delivery that retries
 * with a growing wait and finally marks the email failed. Every email is multipart text
 * and HTML, laid out by one template ({@code templates/mail/email.html}), and holds a
 * link and no clinical content. With no {@code spring.mail.host} set, email is off:
 * nothing is written to the outbox and links are handed out by hand, as before.
 * <p>
 * The outbox holds each email sealed ({@link org.alliance.security.SecretsAtRest}, the
 * key outside the database) until it is delivered or given up, then keeps only when and
 * how it went: a database copy never shows an address or a link that is still to be used.
 */
package org.alliance.mail;
