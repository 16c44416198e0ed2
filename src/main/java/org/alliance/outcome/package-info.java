/**
 * What becomes of the client's symptoms: the safety screen that acts on a risk answer
 * (PHQ-9 item 9) the moment it is stored and shows the client the clinic's crisis
 * information on the phone form; the expected treatment response of Finch, Lambert &amp;
 * Schaalje (2001) with its not-on-track verdict
 * ({@link org.alliance.outcome.ExpectedResponse}, the {@code etr} command), judged by
 * reliable-change rules until a clinic has enough finished episodes; reliable change,
 * recovery and dropout risk follow.
 */
package org.alliance.outcome;
