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
 */
@ConfigurationProperties("harbor.security")
public record HarborSecurityProperties(@DefaultValue("15m") Duration idleTimeout) {

	/** Where an open page asks whether its session still lives. */
	public static final String SESSION_STATUS_PATH = "/session/status";

	private static final Duration LONGEST_CHECK_INTERVAL = Duration.ofSeconds(30);

	private static final Duration SHORTEST_CHECK_INTERVAL = Duration.ofSeconds(1);

	public HarborSecurityProperties {
		if (idleTimeout.isNegative() || idleTimeout.isZero()) {
			throw new IllegalArgumentException("harbor.security.idle-timeout must be positive");
		}
	}

	/**
	 * How often an open page checks its session: a third of the idle timeout, between one
	 * and thirty seconds, so a page left alone leaves the screen soon after the timeout.
	 */
	public Duration sessionCheckInterval() {
		Duration third = idleTimeout.dividedBy(3);
		if (third.compareTo(LONGEST_CHECK_INTERVAL) > 0) {
			return LONGEST_CHECK_INTERVAL;
		}
		return third.compareTo(SHORTEST_CHECK_INTERVAL) < 0 ? SHORTEST_CHECK_INTERVAL : third;
	}

}
