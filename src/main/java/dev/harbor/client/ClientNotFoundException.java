package dev.harbor.client;

import dev.harbor.common.RecordNotFoundException;

/**
 * The client does not exist or is not on the caller's caseload. One exception for both,
 * so a refusal never confirms that a record exists.
 */
public class ClientNotFoundException extends RecordNotFoundException {

	public ClientNotFoundException(long clientId) {
		this("No client " + clientId + " on this caseload");
	}

	private ClientNotFoundException(String message) {
		super(message);
	}

	/** A goal that does not exist, or belongs to a client on someone else's caseload. */
	static ClientNotFoundException ofGoal(long goalId) {
		return new ClientNotFoundException("No goal " + goalId + " on this caseload");
	}

}
