package dev.harbor.common;

/**
 * A client's entry (a diary entry, a corrective experience, any later kind of log) does
 * not exist or belongs to a client on someone else's caseload.
 */
public class EntryNotFoundException extends RecordNotFoundException {

	protected EntryNotFoundException(String kind, long entryId) {
		super("No " + kind + " " + entryId + " on this caseload");
	}

}
