package org.alliance.security;

/**
 * What a clinic says about itself, as typed on its settings page.
 *
 * @param name the clinic's name, as its pages and invitations show it
 * @param timeZone a region id such as {@code Europe/London} (not an offset, which ignores
 * summer time)
 * @param languages the languages its clients answer in, comma-separated codes of
 * {@link Clinics#languages()}
 * @param crisisPhone the clinic's number for a client in crisis, or blank for none
 */
public record ClinicDetails(String name, String timeZone, String languages, String crisisPhone) {
}
