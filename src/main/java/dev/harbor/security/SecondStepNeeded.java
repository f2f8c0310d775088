package dev.harbor.security;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right and the account needs a second step: the sign-in form's failure
 * handler keeps the pending sign-in in the session and sends the browser on to it. Nobody
 * is signed in yet, and no failure is recorded.
 */
final class SecondStepNeeded extends AuthenticationException {

	private final transient PendingSignIn pending;

	SecondStepNeeded(PendingSignIn pending) {
		super("A second step is needed");
		this.pending = pending;
	}

	PendingSignIn pending() {
		return pending;
	}

	@Override
	public synchronized @Nullable Throwable fillInStackTrace() {
		return this;
	}

}
