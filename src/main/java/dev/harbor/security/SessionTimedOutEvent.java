package dev.harbor.security;

import org.jspecify.annotations.Nullable;

/**
 * Published when a session ends because nobody used it for the idle timeout.
 *
 * @param user who was signed in
 * @param remoteAddress where the request that noticed it came from
 */
public record SessionTimedOutEvent(HarborUser user, @Nullable String remoteAddress) {
}
