package dev.harbor.homework;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A slow build-up: so many more minutes after each full week of the plan, up to a cap.
 *
 * @param stepMinutes minutes added per week
 * @param capMinutes the most it grows to
 */
public record Progression(int stepMinutes, int capMinutes) {

	public static final int STEP_MAX = 30;

	/**
	 * The target on a given day: the starting minutes, plus one step per full week since
	 * the start, never above the cap (nor below the starting minutes).
	 */
	public static int targetOn(int startMinutes, @Nullable Progression progression, LocalDate start, LocalDate day) {
		if (progression == null || !day.isAfter(start)) {
			return startMinutes;
		}
		long weeks = ChronoUnit.WEEKS.between(start, day);
		long grown = startMinutes + weeks * progression.stepMinutes();
		return (int) Math.max(startMinutes, Math.min(grown, progression.capMinutes()));
	}

}
