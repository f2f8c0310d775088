package dev.harbor.correctiveexperience;

import dev.harbor.common.EntryNotFoundException;

/**
 * The experience does not exist or belongs to a client on someone else's caseload; one
 * exception for both, so a refusal never confirms that a record exists.
 */
public class ExperienceNotFoundException extends EntryNotFoundException {

	ExperienceNotFoundException(long experienceId) {
		super("corrective experience", experienceId);
	}

}
