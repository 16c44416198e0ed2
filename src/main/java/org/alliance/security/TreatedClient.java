package org.alliance.security;

import java.util.UUID;

/**
 * A client as access decisions need them: whose clinic, and who treats them. The care
 * module knows clients; this module knows only these ids.
 *
 * @param clinicId the client's clinic
 * @param clientId the client
 * @param therapistId the client's therapist (a therapist's or a supervisor's account)
 */
public record TreatedClient(UUID clinicId, UUID clientId, UUID therapistId) {
}
