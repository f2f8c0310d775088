package dev.harbor.security;

import java.time.Instant;
import java.util.Locale;

import dev.harbor.common.i18n.Translatable;
import org.jspecify.annotations.Nullable;

/**
 * A client's way into the portal, as their page shows it.
 *
 * @param invitedUntil when the open invitation runs out, while one is open
 * @param joinedAt when the client's account was made
 * @param lastActiveAt the last time the client did anything in the portal
 * @param email the address the client signs in with, or was invited at
 */
public record PortalState(Stage stage, @Nullable Instant invitedUntil, @Nullable Instant joinedAt,
		@Nullable Instant lastActiveAt, @Nullable String email) {

	public enum Stage implements Translatable {

		NOT_INVITED, INVITED, JOINED, ENDED;

		@Override
		public String translationKey() {
			return "portal.stage." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** Ids and kinds only: an address never reaches a log line. */
	@Override
	public String toString() {
		return "PortalState[" + stage + "]";
	}

}
