package dev.harbor.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in half done: the password was right and the second step is still to come (a
 * code, or setting the app up where the practice requires it). It lives in the HTTP
 * session only, made by the sign-in itself; nobody is signed in while it waits, so it
 * opens no page and no service that needs a role.
 */
public final class PendingSignIn implements Serializable {

	/** The session attribute it is kept under. */
	public static final String ATTRIBUTE = PendingSignIn.class.getName();

	/** How long the second step may wait after the password. */
	static final Duration WAITS = Duration.ofMinutes(10);

	/** What is left to do. */
	public enum Stage {

		/** Type a code from the app (or a recovery code). */
		CODE,

		/** Set an app up first: the practice requires it and this person has none. */
		ENROL

	}

	private final long accountId;

	private final String email;

	private final Stage stage;

	private final Instant since;

	PendingSignIn(long accountId, String email, Stage stage, Instant since) {
		this.accountId = accountId;
		this.email = email;
		this.stage = stage;
		this.since = since;
	}

	/** The half-done sign-in of this browser session, if any. */
	public static Optional<PendingSignIn> in(@Nullable HttpSession session) {
		return Optional.ofNullable(session == null ? null : session.getAttribute(ATTRIBUTE))
			.filter(PendingSignIn.class::isInstance)
			.map(PendingSignIn.class::cast);
	}

	public Stage stage() {
		return stage;
	}

	long accountId() {
		return accountId;
	}

	String email() {
		return email;
	}

	boolean waitingAt(Instant now, Stage expected) {
		return stage == expected && now.isBefore(since.plus(WAITS));
	}

	@Override
	public String toString() {
		return "PendingSignIn#" + accountId + "[" + stage + "]";
	}

}
