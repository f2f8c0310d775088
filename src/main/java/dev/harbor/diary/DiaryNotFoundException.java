package dev.harbor.diary;

import dev.harbor.common.EntryNotFoundException;

/**
 * The entry does not exist or belongs to a client on someone else's caseload; one
 * exception for both, so a refusal never confirms that a record exists.
 */
public class DiaryNotFoundException extends EntryNotFoundException {

	DiaryNotFoundException(long entryId) {
		super("diary entry", entryId);
	}

}
