/**
 * Staff told by email what needs them now: a risk answer (PHQ-9 item 9 above 0, a
 * {@code risk} signal) reaches the client's therapist and the clinic's duty contact at
 * once, and again when the signal is overdue
 * ({@link org.alliance.notification.RiskNotices#overdue}). An email says only that a
 * client needs attention and where to sign in: no client, no answer, no score, so that a
 * mailbox read by someone else tells them nothing. The duty contact is a setting of the
 * clinic, on {@code /admin/settings}.
 */
package org.alliance.notification;
