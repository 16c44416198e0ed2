/**
 * The clinic's people, as they and their admins see it: the admin pages of staff accounts
 * and the account audit, the {@code /api/v1/users} API, invitation pages, and each
 * person's own account and password. The rules live in {@code security}
 * ({@link org.alliance.security.StaffAccounts},
 * {@link org.alliance.security.PasswordPolicy}); this module only shows them, with each
 * refusal beside its field.
 */
package org.alliance.staff;
