/**
 * Signals raised by the other modules (a rupture, a perception gap, ...), the therapist's
 * inbox, and the closed loop each signal follows: open, acknowledged, action recorded,
 * resolved.
 */
package org.alliance.signal;
