package org.alliance.outcome;

import java.util.UUID;

/**
 * A clinic's expected treatment response was refitted and stored: its verdicts may have
 * changed.
 *
 * @param clinicId the clinic
 */
record EtrRefitted(UUID clinicId) {
}
