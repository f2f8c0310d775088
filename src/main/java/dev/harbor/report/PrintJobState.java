package dev.harbor.report;

import java.util.Locale;

/**
 * Where a batch-print job stands. LOST: the instance running it stopped (killed,
 * restarted, or cut off from the database) before it ended; what it had made was not
 * kept.
 */
public enum PrintJobState {

	RUNNING, DONE, STOPPED, FAILED, LOST;

	/** The key of the plain sentence that says where a batch in this state stands. */
	public String messageKey() {
		return "print.job." + name().toLowerCase(Locale.ROOT);
	}

}
