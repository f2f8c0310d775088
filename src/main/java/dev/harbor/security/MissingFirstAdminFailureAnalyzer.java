package dev.harbor.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first admin into a start-up message that says exactly what to set. */
class MissingFirstAdminFailureAnalyzer extends AbstractFailureAnalyzer<MissingFirstAdminException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingFirstAdminException cause) {
		String description = cause.problem() == null
				? "Harbor found no account in the database and no first admin to create."
				: "Harbor could not create the first admin: " + cause.problem() + ".";
		return new FailureAnalysis(description,
				"Set HARBOR_ADMIN_EMAIL and HARBOR_ADMIN_PASSWORD (at least " + UserAccount.PASSWORD_MIN
						+ " characters) for the first start, then restart. They are only read while no account exists.",
				cause);
	}

}
