/**
 * What becomes of the client's symptoms: for now the safety screen that acts on a risk
 * answer (PHQ-9 item 9) the moment it is stored, and shows the client the clinic's crisis
 * information on the phone form; reliable change, recovery, expected treatment response
 * and dropout risk follow.
 */
package org.alliance.outcome;
