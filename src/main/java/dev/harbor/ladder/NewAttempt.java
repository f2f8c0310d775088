package dev.harbor.ladder;

import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One try of a step: when, which step, for how long, the distress predicted (carried from
 * the step, adjustable), at its peak and at the end (0 to 100), what the client leaned on
 * to feel safer, whether the feared outcome happened, what actually happened, what they
 * learned, body signals and a note.
 */
public record NewAttempt(@Nullable LocalDateTime happenedAt, @Nullable Long stepId, @Nullable Integer minutes,
		@Nullable Integer predictedDistress, @Nullable Integer peakDistress, @Nullable Integer endDistress,
		Set<SafetyBehaviour> safetyBehaviours, @Nullable FearedOutcome fearedHappened, @Nullable String whatHappened,
		@Nullable String learned, @Nullable String body, @Nullable String note) {

	public static final int TEXT_MAX = 2000;

	public static final int SHORT_MAX = 1000;

	/** A day at most: longer than that is a typing slip. */
	public static final int MINUTES_MAX = 1440;

	public NewAttempt {
		safetyBehaviours = Set.copyOf(safetyBehaviours);
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewAttempt[happenedAt=" + happenedAt + ", stepId=" + stepId + "]";
	}

}
