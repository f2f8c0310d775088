package dev.harbor.security;

import java.util.List;

/**
 * The sign-in page lists these when the app runs with demo data. Only the demo package
 * provides one, and it exists only in demo mode.
 */
public interface DemoAccounts {

	List<Entry> accounts();

	/** The shared password of every demo account. */
	String password();

	record Entry(String email, String displayName, Role role) {
	}

}
