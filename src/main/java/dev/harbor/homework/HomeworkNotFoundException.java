package dev.harbor.homework;

import dev.harbor.common.RecordNotFoundException;

/**
 * The exercise, assignment or practice does not exist, or is not the caller's to see. One
 * exception for both, so a refusal never confirms that a record exists.
 */
public class HomeworkNotFoundException extends RecordNotFoundException {

	HomeworkNotFoundException(String what, Object id) {
		super("No " + what + " " + id + " for this clinician");
	}

}
