package dev.harbor.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing key for authenticator secrets into a start-up message that says what to
 * set.
 */
class MissingSecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<FactorSecrets.MissingSecretKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FactorSecrets.MissingSecretKeyException cause) {
		return new FailureAnalysis("Harbor has no key to encrypt two-step sign-in secrets with.",
				cause.getMessage() + ", then restart. Keep it safe: without it nobody can sign in with their app.",
				cause);
	}

}
