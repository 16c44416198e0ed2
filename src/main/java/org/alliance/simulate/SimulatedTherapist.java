package org.alliance.simulate;

/**
 * A simulated therapist.
 *
 * @param key stable key such as {@code T01}
 * @param displayName name shown in the demo
 * @param email lower-case address on the reserved {@code .test} domain
 */
public record SimulatedTherapist(String key, String displayName, String email) {
}
