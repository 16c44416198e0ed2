/**
 * The server-rendered pages: sign-in, the therapist's caseload, a client's sessions and
 * scores, the client's own phone form behind a personal link, and the admin's instrument
 * list.
 */
package org.alliance.web;
