package dev.harbor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets handed to people once: recovery codes and sign-in link tokens. */
final class RandomCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomCodes() {
	}

	/** Easy to copy from paper: the alphabet has no look-alike characters. */
	static String random(String alphabet, int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	/** 256 random bits, safe in a URL. */
	static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A token is long and random, so its SHA-256 is all the database needs to keep. */
	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every JDK has SHA-256", impossible);
		}
	}

}
