package dev.harbor.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-step sign-in and sign-in links, set with {@code harbor.two-step.*} or the matching
 * environment variables.
 *
 * @param requiredByDefault whether staff must use two-step sign-in while the practice's
 * admin has not chosen (true in the {@code postgres} profile)
 * @param secretKey the key authenticator secrets are encrypted with, at least 32
 * characters; empty: a key file in the data folder (one machine only)
 * @param linkValidity how long a sign-in link an admin hands over stays usable
 */
@ConfigurationProperties("harbor.two-step")
public record TwoStepProperties(@DefaultValue("false") boolean requiredByDefault, @Nullable String secretKey,
		@DefaultValue("24h") Duration linkValidity) {

	static final int SECRET_KEY_MIN = 32;

	public TwoStepProperties {
		if (secretKey != null && !secretKey.isBlank() && secretKey.strip().length() < SECRET_KEY_MIN) {
			throw new IllegalArgumentException(
					"harbor.two-step.secret-key must have at least " + SECRET_KEY_MIN + " characters");
		}
		if (linkValidity.isNegative() || linkValidity.isZero()) {
			throw new IllegalArgumentException("harbor.two-step.link-validity must be positive");
		}
	}

	@Override
	public String toString() {
		return "TwoStepProperties[requiredByDefault=" + requiredByDefault + ", linkValidity=" + linkValidity + "]";
	}

}
