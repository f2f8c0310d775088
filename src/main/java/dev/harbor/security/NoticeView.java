package dev.harbor.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notice as the person reads it at sign-in.
 *
 * @param kind {@code PASSWORD_RESET}, {@code CLIENTS_MOVED_IN} or
 * {@code CLIENTS_MOVED_OUT}
 * @param byName who did it (an admin)
 * @param otherName for a move, the colleague the clients came from or went to
 */
public record NoticeView(String kind, String byName, @Nullable String otherName, int clientCount, Instant happenedAt) {

	/** The translation key of the sentence that tells it. */
	public String translationKey() {
		return "notice." + kind;
	}

}
