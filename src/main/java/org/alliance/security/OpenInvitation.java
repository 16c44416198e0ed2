package org.alliance.security;

import java.time.Instant;

/**
 * An invitation that still works, as its page shows it.
 *
 * @param email the account's sign-in name
 * @param displayName the name the admin gave, which the invitee may change
 * @param role what the account will do
 * @param clinicName the clinic that invites
 * @param expiresAt when the link stops working
 */
public record OpenInvitation(String email, String displayName, Role role, String clinicName, Instant expiresAt) {
}
