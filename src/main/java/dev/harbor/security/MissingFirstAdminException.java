package dev.harbor.security;

import org.jspecify.annotations.Nullable;

/** The database has no account and the first admin's details are missing or unusable. */
class MissingFirstAdminException extends IllegalStateException {

	private final @Nullable String problem;

	MissingFirstAdminException(@Nullable String problem) {
		super("No account exists and the first admin could not be created");
		this.problem = problem;
	}

	@Nullable String problem() {
		return problem;
	}

}
