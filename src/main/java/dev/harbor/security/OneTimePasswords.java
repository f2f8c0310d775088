package dev.harbor.security;

import java.security.SecureRandom;

/**
 * Passwords an admin reads out or hands over once: easy to type from paper (no look-alike
 * characters), long enough to resist guessing, and replaced by the person at first
 * sign-in.
 */
final class OneTimePasswords {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int GROUPS = 4;

	private static final int GROUP_LENGTH = 4;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}

}
