package dev.harbor.client;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Short codes that stand in for a client's name on paper: easy to read aloud and to copy
 * by hand, so letters and digits that look alike (0/O, 1/I/L) are left out.
 */
final class ReferenceCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final String PREFIX = "HB-";

	static final int LENGTH = 6;

	private final RandomGenerator random;

	ReferenceCodes() {
		this(new SecureRandom());
	}

	ReferenceCodes(RandomGenerator random) {
		this.random = random;
	}

	String next() {
		StringBuilder code = new StringBuilder(PREFIX);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
