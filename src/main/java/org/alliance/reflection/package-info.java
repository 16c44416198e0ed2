/**
 * Reflection notes (countertransference): a therapist's private notes on a session, with
 * optional tags from a closed list, and a private page where the therapist sees their own
 * patterns across clients (docs/manual.md, "Reflection notes (private) and entry on the
 * client's behalf"). Read and written by their author alone (not the clinic's supervisors
 * or admins, not another therapist), every read and write audited; pages in
 * {@code templates/reflection/}.
 * <p>
 * Why a module of its own: it is a privacy boundary. Every other module may be read by a
 * supervisor, an admin, an export or a report; nothing in this one may. Kept apart, the
 * boundary is checked by the build rather than by care in every query elsewhere: no other
 * module depends on this one ({@code ReflectionPrivacyTests} asserts it with Spring
 * Modulith), so no report, export, analysis or API listing of another module can reach a
 * note, and inside the module every query names the author. This module reads
 * {@code care} (the session and its client), contributes to the client page
 * ({@link org.alliance.care.ClientPagePart}) and to the session brief
 * ({@link org.alliance.alliance.BriefPart}), and is read by nobody; the demo seeder in
 * {@code command} writes notes through {@link org.alliance.reflection.Reflections} as
 * their author.
 * <p>
 * Who may write on a session: the client's own therapist (the one the client is assigned
 * to), and nobody else. Anyone else asking for a session's notes (a supervisor, an admin,
 * another therapist) is answered as for a session that does not exist, 404, whether or
 * not a note exists: the answer never tells whether there is something to hide.
 */
package org.alliance.reflection;
