package dev.harbor.security;

/**
 * A new account and the one-time password to hand over. Shown once, never stored in
 * clear.
 */
public record OpenedAccount(long id, String oneTimePassword) {

	@Override
	public String toString() {
		return "OpenedAccount[id=" + id + "]";
	}

}
