package org.alliance.security;

/**
 * What was done to clinical data.
 */
public enum AuditAction {

	READ, CREATE, UPDATE

}
