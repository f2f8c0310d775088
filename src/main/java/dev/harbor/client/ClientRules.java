package dev.harbor.client;

/** Checks on what people type about a client; messages name the rule, never the value. */
final class ClientRules {

	private ClientRules() {
	}

	static String displayName(String raw) {
		String name = raw == null ? "" : raw.strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A client needs a name or pseudonym");
		}
		// UTF-16 units, not code points: H2 measures column lengths that way, PostgreSQL
		// more generously.
		if (name.length() > Client.DISPLAY_NAME_MAX) {
			throw new IllegalArgumentException("A client's name is at most " + Client.DISPLAY_NAME_MAX + " characters");
		}
		if (name.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A client's name cannot contain control characters");
		}
		return name;
	}

}
