package dev.harbor.ladder;

import dev.harbor.common.EntryNotFoundException;

/**
 * The ladder, step, attempt or template does not exist or belongs to a client on someone
 * else's caseload; one exception for both, so a refusal never confirms that a record
 * exists.
 */
public class LadderNotFoundException extends EntryNotFoundException {

	LadderNotFoundException(long id) {
		super("ladder record", id);
	}

}
