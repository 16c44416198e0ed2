package org.alliance.staff;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alliance.security.AccountRefused;
import org.alliance.security.CurrentUser;
import org.alliance.security.StaffAccounts;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account over the JSON API: a new password, by the same policy as every
 * other path.
 */
@RestController
@Tag(name = "Account", description = "The caller's own account")
class AccountApiController {

	private final StaffAccounts staff;

	AccountApiController(StaffAccounts staff) {
		this.staff = staff;
	}

	@PostMapping("/api/v1/account/password")
	@Operation(summary = "Change your own password",
			description = "Body {\"currentPassword\", \"password\"}: the current password, and a new one of 12 to "
					+ "128 characters (15 or more recommended; any characters; not a commonly used password). The "
					+ "account's web sessions end; its API tokens keep working. 422 names currentPassword or "
					+ "password.")
	@ApiResponse(responseCode = "200", description = "{\"changed\": true}")
	@ApiResponse(responseCode = "422", description = "A problem document naming currentPassword or password")
	Map<String, Boolean> changePassword(CurrentUser user, @RequestBody PasswordChange body) {
		try {
			this.staff.changePassword(user, body.currentPassword(), body.password());
			return Map.of("changed", true);
		}
		catch (AccountRefused ex) {
			throw AccountProblems.of(ex);
		}
	}

	record PasswordChange(String currentPassword, String password) {
	}

}
