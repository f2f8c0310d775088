package dev.harbor.security;

/** An account as the practice admin sees it: no password, no clinical data. */
public record AccountView(long id, long version, String email, String displayName, Role role, boolean enabled,
		boolean mustChangePassword) {
}
