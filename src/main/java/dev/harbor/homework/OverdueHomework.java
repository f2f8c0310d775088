package dev.harbor.homework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An active plan that has gone quiet for longer than its rhythm allows.
 *
 * @param lastPractice the day of the last practice, or null if none yet
 */
public record OverdueHomework(long assignmentId, long clientId, String clientName, String exerciseName,
		@Nullable LocalDate lastPractice) {

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "OverdueHomework[assignmentId=" + assignmentId + ", clientId=" + clientId + "]";
	}

}
