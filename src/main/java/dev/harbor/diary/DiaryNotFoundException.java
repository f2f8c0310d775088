package dev.harbor.diary;

/**
 * The entry does not exist or belongs to a client on someone else's caseload; one
 * exception for both, so a refusal never confirms that a record exists.
 */
public class DiaryNotFoundException extends RuntimeException {

	DiaryNotFoundException(long entryId) {
		super("No diary entry " + entryId + " on this caseload");
	}

}
