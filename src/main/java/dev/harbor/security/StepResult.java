package dev.harbor.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What came of a second step or a sign-in link: the person may now be signed in (with any
 * recovery codes to show them once), or has one more step to take first, or is refused
 * with a message key for the field it concerns. Refusals come back as values, not
 * exceptions, so the audit event and the throttle's count they leave are committed.
 *
 * @param signedIn the person to sign in, when it worked
 * @param next the step still to take (setting an app up), to keep in the session
 * @param recoveryCodes codes to show once (after setting an app up), else empty
 * @param field the field a refusal belongs to
 * @param problem the refusal's message key
 */
public record StepResult(@Nullable VerifiedSignIn signedIn, @Nullable PendingSignIn next, List<String> recoveryCodes,
		@Nullable String field, @Nullable String problem) {

	static StepResult done(VerifiedSignIn signedIn) {
		return new StepResult(signedIn, null, List.of(), null, null);
	}

	static StepResult done(VerifiedSignIn signedIn, List<String> recoveryCodes) {
		return new StepResult(signedIn, null, List.copyOf(recoveryCodes), null, null);
	}

	static StepResult refused(String field, String problem) {
		return new StepResult(null, null, List.of(), field, problem);
	}

	static StepResult then(PendingSignIn next) {
		return new StepResult(null, next, List.of(), null, null);
	}

	public boolean worked() {
		return signedIn != null;
	}

	@Override
	public String toString() {
		return "StepResult[" + (worked() ? "worked" : next != null ? next : problem) + "]";
	}

}
