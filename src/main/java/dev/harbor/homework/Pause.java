package dev.harbor.homework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stretch when a plan was paused: from the first paused day up to (not including) the
 * day it resumed, or open while it is still paused. Paused days plan nothing.
 */
public record Pause(LocalDate from, @Nullable LocalDate resumedOn) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && (resumedOn == null || day.isBefore(resumedOn));
	}

}
