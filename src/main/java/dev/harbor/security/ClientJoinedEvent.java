package dev.harbor.security;

/**
 * A client redeemed their invitation and now has a portal account. The audit package
 * records it with the new account as the actor, in the same transaction.
 */
public record ClientJoinedEvent(long accountId, String email, long clientId) {

	@Override
	public String toString() {
		return "ClientJoinedEvent[account=" + accountId + ", client=" + clientId + "]";
	}

}
