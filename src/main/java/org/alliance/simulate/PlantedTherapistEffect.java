package org.alliance.simulate;

/**
 * What the simulator planted for one therapist (Baldwin, Wampold &amp; Imel 2007:
 * therapists differ in the alliance they form, and that difference carries the
 * alliance–outcome link).
 *
 * @param therapistKey key of the therapist
 * @param allianceOffset shift of all their clients' latent alliance, in points of the 1–5
 * scale
 * @param ratingBias shift of the therapist's own alliance ratings, in points of the 1–5
 * scale
 */
public record PlantedTherapistEffect(String therapistKey, double allianceOffset, double ratingBias) {
}
