package dev.harbor.security;

/** No account with this id. */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(long accountId) {
		super("No account " + accountId);
	}

}
