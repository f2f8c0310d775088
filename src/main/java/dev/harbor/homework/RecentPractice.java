package dev.harbor.homework;

import java.time.LocalDateTime;

/** A practice on my caseload, for the dashboard. */
public record RecentPractice(long clientId, String clientName, String exerciseName, LocalDateTime happenedAt,
		int minutes, int distressBefore, int distressAfter) {

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "RecentPractice[clientId=" + clientId + ", happenedAt=" + happenedAt + "]";
	}

}
