package dev.harbor.security;

/**
 * The one password rule we hold to: long enough to resist guessing, short enough for
 * bcrypt.
 */
final class PasswordRules {

	private PasswordRules() {
	}

	static void check(String password) {
		int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (password.strip().length() < UserAccount.PASSWORD_MIN || bytes > UserAccount.PASSWORD_MAX) {
			throw new IllegalArgumentException(
					"A password needs " + UserAccount.PASSWORD_MIN + " to " + UserAccount.PASSWORD_MAX + " bytes");
		}
	}

}
