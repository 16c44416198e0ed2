/**
 * The safety screen: a risk answer (PHQ-9 item 9 above "Not at all",
 * {@link org.alliance.safety.RiskAnswer}) raises a risk signal in the request that stores
 * it, before the client is thanked ({@link org.alliance.safety.RiskScreen}), and the
 * client's page then shows the clinic's crisis information in the client's language
 * ({@code alliance.safety.crisis-text.*}, {@link org.alliance.safety.SafetySettings}). A
 * risk answer is never silent: the answer is marked as awaiting the screen in the
 * transaction that stores it, and screened again while the mark stays. Any answer above
 * "Not at all" calls for a direct assessment of suicide risk (Kroenke, Spitzer &amp;
 * Williams 2001, https://doi.org/10.1046/j.1525-1497.2001.016009606.x).
 */
package org.alliance.safety;
