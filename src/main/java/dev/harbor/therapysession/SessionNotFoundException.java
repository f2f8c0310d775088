package dev.harbor.therapysession;

import dev.harbor.common.RecordNotFoundException;

/**
 * The session does not exist or belongs to a client on someone else's caseload; one
 * exception for both.
 */
public class SessionNotFoundException extends RecordNotFoundException {

	SessionNotFoundException(long sessionId) {
		super("No session " + sessionId + " on this caseload");
	}

}
