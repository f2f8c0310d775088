package dev.harbor.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as RFC 6238 and every authenticator app know them: HMAC-SHA1,
 * six digits, a new code every 30 seconds. The codes come from java-otp; this class only
 * decides which time steps count (the current one and one either way, for a phone's clock
 * that is a little off) and that a step, once used, does not count again.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** 160 bits, the length RFC 4226 recommends for the shared secret. */
	static final int SECRET_BYTES = 20;

	/** Steps either side of now that still count. */
	static final int TOLERANCE = 1;

	private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
			TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/** The secret as people type it into an app: base 32, in groups of four. */
	static String secretText(byte[] secret) {
		String plain = new Base32().encodeAsString(secret).replace("=", "");
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < plain.length(); i += 4) {
			if (i > 0) {
				grouped.append(' ');
			}
			grouped.append(plain, i, Math.min(plain.length(), i + 4));
		}
		return grouped.toString();
	}

	static byte[] secretFromText(String text) {
		return new Base32().decode(text.replace(" ", "").toUpperCase(Locale.ROOT));
	}

	/** The key URI authenticator apps read from the QR code. */
	static String keyUri(String issuer, String accountName, byte[] secret) {
		String label = encode(issuer) + ":" + encode(accountName);
		return "otpauth://totp/" + label + "?secret=" + secretText(secret).replace(" ", "") + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
	}

	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The code of one time step. */
	static String codeAt(byte[] secret, long step) {
		try {
			return CODES.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException impossible) {
			throw new IllegalStateException("An HMAC-SHA1 key was refused", impossible);
		}
	}

	/**
	 * What a person typed, without the spaces apps show in the middle; null if not six
	 * digits.
	 */
	static String normalised(String typed) {
		String digits = typed.replace(" ", "").replace("-", "").strip();
		return digits.matches("\\d{" + DIGITS + "}") ? digits : "";
	}

	/**
	 * The time step the code belongs to, within the tolerance of now and later than the
	 * last step used; empty when it is no such code.
	 */
	static OptionalLong match(byte[] secret, String typed, Instant now, long lastUsedStep) {
		String code = normalised(typed);
		if (code.isEmpty()) {
			return OptionalLong.empty();
		}
		long current = stepAt(now);
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			boolean same = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII));
			if (same && step > lastUsedStep) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** Whether the code is a right one whose step was already used (someone saw it). */
	static boolean reused(byte[] secret, String typed, Instant now, long lastUsedStep) {
		String code = normalised(typed);
		long current = stepAt(now);
		for (long step = current - TOLERANCE; step <= Math.min(current + TOLERANCE, lastUsedStep); step++) {
			if (!code.isEmpty() && codeAt(secret, step).equals(code)) {
				return true;
			}
		}
		return false;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
