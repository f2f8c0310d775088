package dev.harbor.common;

/**
 * A record does not exist or is not the caller's to see. One exception for both, so a
 * refusal never confirms that a record exists; its message names only the kind and the
 * id.
 */
public class RecordNotFoundException extends RuntimeException {

	protected RecordNotFoundException(String message) {
		super(message);
	}

}
