package dev.harbor.security;

/**
 * A new account and the sign-in link to hand over, where the person chooses their
 * password. Shown once; only the link's hash is stored.
 */
public record OpenedAccount(long id, IssuedLink link) {

	@Override
	public String toString() {
		return "OpenedAccount[id=" + id + "]";
	}

}
