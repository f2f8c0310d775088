package dev.harbor.testsupport;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * What a person's authenticator app would show: the RFC 6238 code for a secret as the
 * enrolment page shows it, at a given moment. Made straight from the library, not from
 * Harbor's own code, so the tests check Harbor against what an app does.
 */
public final class TestCodes {

	private static final TimeBasedOneTimePasswordGenerator APP = new TimeBasedOneTimePasswordGenerator(
			Duration.ofSeconds(30), 6);

	private TestCodes() {
	}

	public static String at(String secretText, Instant when) {
		byte[] secret = new Base32().decode(secretText.replace(" ", "").toUpperCase(Locale.ROOT));
		try {
			return APP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), when, Locale.ROOT);
		}
		catch (InvalidKeyException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
