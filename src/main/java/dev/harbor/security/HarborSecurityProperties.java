package dev.harbor.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules, set with {@code harbor.security.*} or the matching
 * {@code HARBOR_SECURITY_*} environment variables.
 *
 * @param idleTimeout how long without any action before the session ends, even with the
 * tab open
 * @param maxFailedLogins wrong passwords in a row before the account rests
 * @param lockoutDuration how long the account rests
 */
@ConfigurationProperties("harbor.security")
public record HarborSecurityProperties(@DefaultValue("15m") Duration idleTimeout,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockoutDuration) {

	public HarborSecurityProperties {
		if (idleTimeout.isNegative() || idleTimeout.isZero()) {
			throw new IllegalArgumentException("harbor.security.idle-timeout must be positive");
		}
		if (maxFailedLogins < 1) {
			throw new IllegalArgumentException("harbor.security.max-failed-logins must be at least 1");
		}
	}

}
