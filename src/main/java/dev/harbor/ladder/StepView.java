package dev.harbor.ladder;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One step as the ladder at a glance shows it: its words, its place, how often it was
 * tried and how often the feared outcome happened (in full or in part).
 *
 * @param position 1 for the first step; set-aside steps keep their place
 * @param lastTried the day of the latest attempt, if there was one
 */
public record StepView(long id, long version, int position, NewStep step, boolean setAside, int attempts,
		int fearedHappened, @Nullable LocalDate lastTried) {

	@Override
	public String toString() {
		return "StepView[id=" + id + ", position=" + position + "]";
	}

}
