package dev.harbor.client;

/**
 * The client does not exist or is not on the caller's caseload. One exception for both,
 * so a refusal never confirms that a record exists.
 */
public class ClientNotFoundException extends RuntimeException {

	public ClientNotFoundException(long clientId) {
		super("No client " + clientId + " on this caseload");
	}

}
