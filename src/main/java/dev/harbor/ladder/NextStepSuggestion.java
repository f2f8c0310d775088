package dev.harbor.ladder;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When a step looks ready for the next one: its last {@value #LAST_ATTEMPTS} attempts all
 * found that the feared outcome did not happen, and each ended at least
 * {@value #SETTLED_BY} points below its peak (the client stayed until the distress
 * eased). Only ever an offer to the clinician; moving up is the client's pace, agreed in
 * session (decision 0034). A fall in distress is part of the rule only as "stayed until
 * it eased", never as the measure of success.
 */
final class NextStepSuggestion {

	static final int LAST_ATTEMPTS = 2;

	static final int SETTLED_BY = 20;

	private NextStepSuggestion() {
	}

	/**
	 * The current step, when it looks ready and there is a step after it; otherwise
	 * nothing.
	 * @param points the attempts on the current step, oldest first
	 */
	static @Nullable Long readyStep(@Nullable Long currentStepId, boolean hasNext, List<AttemptPoint> points) {
		if (currentStepId == null || !hasNext || points.size() < LAST_ATTEMPTS) {
			return null;
		}
		List<AttemptPoint> last = points.subList(points.size() - LAST_ATTEMPTS, points.size());
		boolean ready = last.stream()
			.allMatch(point -> point.fearedHappened() == FearedOutcome.NO && point.end() <= point.peak() - SETTLED_BY);
		return ready ? currentStepId : null;
	}

}
