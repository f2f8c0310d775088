package dev.harbor.diary;

import java.util.List;

/**
 * What an import did. With any problem nothing is imported; rows that repeat an entry
 * already in the diary (same time, same situation) are skipped and listed.
 *
 * @param problems every bad row with its line number (0 for the file as a whole)
 * @param duplicateLines lines skipped because the entry was already there
 */
public record ImportReport(int imported, List<Problem> problems, List<Integer> duplicateLines) {

	/** The largest file accepted: 1 MiB, some thousands of entries. */
	public static final int MAX_BYTES = 1_048_576;

	/**
	 * One reason a row (or the file) could not be taken; the key is a translation key.
	 */
	public record Problem(int line, String field, String messageKey) {
	}

	public ImportReport {
		problems = List.copyOf(problems);
		duplicateLines = List.copyOf(duplicateLines);
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}

}
