package dev.harbor.security;

import java.time.Instant;

/**
 * A sign-in link's secret part, for the admin to hand over once; only its hash is kept.
 *
 * @param token the part of the link that opens it
 * @param expiresAt when it stops working, used or not
 */
public record IssuedLink(String token, Instant expiresAt) {

	/** Where links open, under the app's own address. */
	public static final String ROUTE = "login/link";

	@Override
	public String toString() {
		return "IssuedLink[expiresAt=" + expiresAt + "]";
	}

}
