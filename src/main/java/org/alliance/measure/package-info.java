/**
 * Administrations of instruments, clients' personal links, and the idempotent, durable
 * storage of responses item by item with their scores; the client's phone form behind a
 * personal link and the measures on the client page (links, scores, charts), with their
 * templates in {@code templates/measure/}. The crisis information on the phone form comes
 * from the safety screen through {@link org.alliance.measure.CrisisNotice}, since
 * {@code outcome} depends on this module.
 */
package org.alliance.measure;
