package dev.harbor.security;

/**
 * A person who has just proved who they are with every step their account needs: handed
 * by the services that check the steps to {@link SignInCompletion}, which signs them in.
 * Only this package can make one.
 */
public final class VerifiedSignIn {

	private final HarborUser user;

	VerifiedSignIn(HarborUser user) {
		this.user = user;
	}

	HarborUser user() {
		return user;
	}

	@Override
	public String toString() {
		return "VerifiedSignIn#" + user.accountId();
	}

}
