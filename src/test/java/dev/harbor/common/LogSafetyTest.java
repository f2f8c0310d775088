package dev.harbor.common;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafetyTest {

	@Test
	void a_database_error_that_quotes_a_value_is_logged_without_its_message_but_with_its_type_and_trace() {
		SQLException driver = new SQLException("Key (email)=(noor@example.org) already exists");
		DataIntegrityViolationException wrapped = new DataIntegrityViolationException("could not execute statement",
				driver);

		Throwable safe = LogSafety.forLog(new IllegalStateException("Saving client 42 failed", wrapped));

		String logged = stackTraceOf(safe);
		assertThat(logged).doesNotContain("noor@example.org")
			.contains("java.lang.IllegalStateException: Saving client 42 failed")
			.contains("org.springframework.dao.DataIntegrityViolationException: " + LogSafety.WITHHELD)
			.contains("java.sql.SQLException: " + LogSafety.WITHHELD)
			.contains("LogSafetyTest.java");
	}

	private static String stackTraceOf(Throwable throwable) {
		java.io.StringWriter text = new java.io.StringWriter();
		throwable.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
