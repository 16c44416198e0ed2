/**
 * Clinics' caseloads: clients (by pseudonym), their episodes of care and the sessions in
 * them.
 */
package org.alliance.care;
