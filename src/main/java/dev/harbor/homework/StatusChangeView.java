package dev.harbor.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One step of an assignment's history, as the page shows it. */
public record StatusChangeView(AssignmentStatus status, LocalDate effectiveOn, Instant changedAt) {

	/**
	 * The paused stretches in a history (oldest first): from a pause up to the day the
	 * plan was active again, or open while it still rests.
	 */
	static List<Pause> pausesIn(List<StatusChangeView> history) {
		List<Pause> pauses = new ArrayList<>();
		LocalDate pausedFrom = null;
		for (StatusChangeView change : history) {
			if (change.status() == AssignmentStatus.PAUSED && pausedFrom == null) {
				pausedFrom = change.effectiveOn();
			}
			else if (change.status() != AssignmentStatus.PAUSED && pausedFrom != null) {
				pauses.add(new Pause(pausedFrom, change.effectiveOn()));
				pausedFrom = null;
			}
		}
		if (pausedFrom != null) {
			pauses.add(new Pause(pausedFrom, null));
		}
		return pauses;
	}

}
