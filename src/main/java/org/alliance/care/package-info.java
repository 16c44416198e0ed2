/**
 * Clinics' caseloads: clients (by pseudonym), their episodes of care and the sessions in
 * them; the caseload and client pages ({@code templates/care/}).
 * <p>
 * Those pages show what other modules know about a client (signals to work, the measures
 * answered), but those modules depend on this one, since a signal or a score belongs to a
 * client of the caseload. Calling them from here would close a cycle, so the pages take
 * contributions instead: a {@link org.alliance.care.CaseloadColumn} adds a column to the
 * caseload and a {@link org.alliance.care.ClientPagePart} adds a part to the client page.
 * The composition stays with the page's owner, and each module keeps its own words and
 * templates.
 */
package org.alliance.care;
