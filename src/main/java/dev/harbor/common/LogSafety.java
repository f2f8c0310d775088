package dev.harbor.common;

import java.util.Set;

/**
 * Exceptions from the database layer quote the values they choke on (PostgreSQL's "Key
 * (email)=(...) already exists", a too-long value, a failing check). Before such an
 * exception is logged, its messages are withheld; types and stack traces stay, which is
 * what debugging needs. Our own exceptions name ids and rules only, so they keep their
 * messages.
 */
public final class LogSafety {

	private static final Set<String> VALUE_QUOTING_PACKAGES = Set.of("java.sql.", "org.postgresql.", "org.h2.",
			"org.hibernate.", "org.springframework.dao.", "org.springframework.orm.", "org.springframework.jdbc.",
			"jakarta.persistence.");

	static final String WITHHELD = "[message withheld: it may quote client data]";

	private LogSafety() {
	}

	public static Throwable forLog(Throwable throwable) {
		Throwable cause = throwable.getCause() == null || throwable.getCause() == throwable ? null
				: forLog(throwable.getCause());
		String message = quotesValues(throwable) ? WITHHELD : throwable.getMessage();
		Throwable safe = new LoggedException(throwable.getClass().getName() + ": " + message, cause);
		safe.setStackTrace(throwable.getStackTrace());
		return safe;
	}

	private static boolean quotesValues(Throwable throwable) {
		String type = throwable.getClass().getName();
		return VALUE_QUOTING_PACKAGES.stream().anyMatch(type::startsWith);
	}

	/** Stands in for the original in the log, under its own type name. */
	private static final class LoggedException extends RuntimeException {

		LoggedException(String description, Throwable cause) {
			super(description, cause, false, true);
		}

		@Override
		public String toString() {
			return getMessage();
		}

	}

}
