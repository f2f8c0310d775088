package dev.harbor.ladder;

import java.time.LocalDateTime;

/**
 * The figures of one attempt, for the chart and the suggestion: numbers and kinds only,
 * no words.
 */
public record AttemptPoint(long attemptId, long stepId, LocalDateTime happenedAt, int predicted, int peak, int end,
		FearedOutcome fearedHappened) {
}
