/**
 * Users, roles, tenancy (one clinic per user) and the append-only audit trail of clinical
 * data.
 */
package org.alliance.security;
