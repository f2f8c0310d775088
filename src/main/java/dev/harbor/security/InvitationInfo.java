package dev.harbor.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an invitation's page may show before anything is typed: whether it opens, and
 * until when. Nothing about the client or the address.
 */
public record InvitationInfo(InvitationState state, @Nullable Instant expiresAt) {

	public boolean opens() {
		return state == InvitationState.OPEN;
	}

}
