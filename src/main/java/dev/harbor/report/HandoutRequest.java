package dev.harbor.report;

/**
 * What the clinician chose for a handout: how many weeks of log rows (until the next
 * session) and the paper.
 */
public record HandoutRequest(int weeks, Paper paper) {

	public static final int MAX_WEEKS = 8;

}
