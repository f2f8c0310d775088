package dev.harbor.ladder;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a ladder's history.
 *
 * @param what the kind of change, by name: {@code STARTED}, {@code STEP_CHANGED},
 * {@code NOW_ON} and so on
 * @param position the step's place after the change (1 is the first), for a step's change
 * @param step the step as it became, for a step's change
 */
public record LadderChangeView(Instant changedAt, String what, @Nullable Integer position, @Nullable NewStep step,
		String changedByName) {

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "LadderChangeView[what=" + what + ", position=" + position + "]";
	}

}
