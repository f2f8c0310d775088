package dev.harbor.security;

import java.util.List;
import java.util.Optional;

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

	/**
	 * A demo client's invitation that is open, for trying the client's way in; empty when
	 * there is none.
	 */
	default Optional<OpenInvitation> openInvitation() {
		return Optional.empty();
	}

	record Entry(String email, String displayName, Role role) {
	}

	/**
	 * @param path the invitation's address under the app's own, without a leading slash
	 */
	record OpenInvitation(String clientName, String email, String path) {

		/** The token stays out of log lines. */
		@Override
		public String toString() {
			return "OpenInvitation[demo]";
		}

	}

}
