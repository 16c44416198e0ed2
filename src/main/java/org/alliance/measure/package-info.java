/**
 * Administrations of instruments, clients' personal links, and the idempotent, durable
 * storage of responses item by item with their scores.
 */
package org.alliance.measure;
