package dev.harbor.security;

/**
 * What it takes to open an account.
 *
 * @param email the sign-in address
 * @param displayName how the person is greeted and shown to colleagues
 * @param password the first password, in clear; hashed before it is stored
 * @param role clinician or admin
 */
public record NewAccount(String email, String displayName, String password, Role role) {

	@Override
	public String toString() {
		return "NewAccount[role=" + role + "]";
	}

}
