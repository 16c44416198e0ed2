/**
 * The client's own side of the work: goals in the client's words with their Goal
 * Attainment Scaling ladder and ratings (Kiresuk &amp; Sherman 1968), tasks (homework)
 * with their rationale, the client's agreement and completion, the task rupture (agreed
 * tasks left undone at consecutive sessions, raised as a {@code task-rupture} signal; the
 * illustration it comes from is told in docs/manual.md, "Collaboration"), and the agenda
 * the client proposes before a session. Its pages: a part of the client page and of the
 * session brief, the renegotiation of a task from the signal's page, and the client's
 * portal behind the personal link ({@code templates/collaboration/}).
 */
package org.alliance.collaboration;
