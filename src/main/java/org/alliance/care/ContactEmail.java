package org.alliance.care;

/**
 * A client's contact email as staff see it: masked, never whole.
 *
 * @param masked the address masked, e.g. {@code j***@example.org}
 * @param language the language the client is written to in, {@code en} or {@code es}
 */
public record ContactEmail(String masked, String language) {
}
