package org.alliance.outcome;

import java.util.UUID;

/**
 * A clinic's dropout model was refitted (or found still unfittable): its risks may have
 * changed.
 *
 * @param clinicId the clinic
 */
record DropoutModelRefitted(UUID clinicId) {
}
