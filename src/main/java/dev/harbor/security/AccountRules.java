package dev.harbor.security;

import java.util.regex.Pattern;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

/** Checks on account details, as translation keys for the message next to the field. */
public final class AccountRules {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private AccountRules() {
	}

	public static @Nullable String emailProblem(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return "account.rule.email.required";
		}
		return email.length() > UserAccount.EMAIL_MAX || !EMAIL.matcher(email.strip()).matches() ? "account.rule.email"
				: null;
	}

	public static @Nullable String displayNameProblem(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "account.rule.name.required";
		}
		return name.strip().length() > UserAccount.DISPLAY_NAME_MAX
				|| name.codePoints().anyMatch(Character::isISOControl) ? "account.rule.name" : null;
	}

	public static @Nullable String passwordProblem(@Nullable String password) {
		if (password == null) {
			return "account.rule.password";
		}
		int bytes = password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (password.strip().length() < UserAccount.PASSWORD_MIN || bytes > UserAccount.PASSWORD_MAX) {
			return "account.rule.password";
		}
		return isEasilyGuessed(password) ? "account.rule.password.common" : null;
	}

	/**
	 * zxcvbn's estimate, from its bundled lists of the most used and leaked passwords,
	 * common words and names, keyboard walks and dates: below 3 of 4 a guesser gets there
	 * quickly.
	 */
	static boolean isEasilyGuessed(String password) {
		return new Zxcvbn().measure(password).getScore() < 3;
	}

}
