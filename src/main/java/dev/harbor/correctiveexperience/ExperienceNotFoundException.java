package dev.harbor.correctiveexperience;

/**
 * The experience does not exist or belongs to a client on someone else's caseload; one
 * exception for both, so a refusal never confirms that a record exists.
 */
public class ExperienceNotFoundException extends RuntimeException {

	ExperienceNotFoundException(long experienceId) {
		super("No corrective experience " + experienceId + " on this caseload");
	}

}
