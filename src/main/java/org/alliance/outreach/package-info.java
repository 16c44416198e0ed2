/**
 * Reaching clients between sessions: a booked session's measures emailed a set time
 * before it (or at once when it is sooner) and the alliance check when it ends, one
 * reminder when a link is not answered, the link's expiry, and the list of measures sent
 * or handed out and not yet answered, per therapist and for the clinic, with a "send
 * again". Also the waiting room's tablet: a short one-time kiosk code the client types at
 * {@code /kiosk} to reach the same form as the link. Every link comes from
 * {@link org.alliance.measure.ClientLinks}: one way in, an emailed link is the same as
 * one handed out. The emails, in the client's language, hold the link and nothing
 * clinical ({@link org.alliance.outreach.ClientLetters}). Pages in
 * {@code templates/outreach/}.
 */
package org.alliance.outreach;
