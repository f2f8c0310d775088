package dev.harbor.security;

import java.util.List;

/**
 * The sign-in page lists these when the app runs with demo data. Only the demo package
 * provides one, and it exists only in the demo profile.
 */
public interface DemoAccounts {

	/** The profile that has demo data; nothing else does. */
	String PROFILE = "demo";

	/**
	 * The demo accounts' shared password, printed on the sign-in page and in the README.
	 * Outside the demo profile it never signs anyone in.
	 */
	String PUBLISHED_PASSWORD = "harbor-demo-2026";

	List<Entry> accounts();

	/** The shared password of every demo account. */
	String password();

	record Entry(String email, String displayName, Role role) {
	}

}
