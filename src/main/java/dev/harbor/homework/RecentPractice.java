package dev.harbor.homework;

import java.time.LocalDateTime;

/** A practice on my caseload, for the dashboard. */
public record RecentPractice(long clientId, String clientName, String exerciseName, LocalDateTime happenedAt,
		int minutes, int distressBefore, int distressAfter) {
}
