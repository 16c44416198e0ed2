/**
 * Simulates a clinic with planted, known alliance effects for demos, benchmarks and
 * validation.
 * <p>
 * Generative model: each therapist carries an alliance offset and each client an own
 * alliance trait (Baldwin, Wampold &amp; Imel 2007); the client's latent alliance at a
 * session is that level plus session noise, rounded and clipped to the 1–5 items, which
 * produces the ceiling. Planted ruptures are sudden drops in the client's ratings at one
 * session, repaired or not within two sessions (Strauss et al. 2006; Stiles et al. 2004;
 * McLaughlin et al. 2014). The therapist rates lower and correlates modestly with the
 * client (Tryon et al. 2007) and predicts the client's rating without seeing most
 * ruptures. Symptom improvement (PHQ-9, GAD-7) follows the alliance, empathy and repair
 * (Flückiger et al. 2018; Elliott et al. 2018; Eubanks et al. 2018), a session rated
 * better than usual is followed by some relief (Falkenström et al. 2013), and a weak
 * alliance run raises the chance of dropout (Sharf et al. 2010). One seeded random stream
 * drawn in a fixed order makes every run reproducible.
 */
package org.alliance.simulate;
