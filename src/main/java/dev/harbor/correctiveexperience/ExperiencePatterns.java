package dev.harbor.correctiveexperience;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A period of corrective experiences: the feared belief before and after each one (oldest
 * first) and the average drop, in percentage points; null when there were none.
 */
public record ExperiencePatterns(LocalDate from, LocalDate to, List<BeliefChange> changes,
		@Nullable Double averageDrop) {

	public ExperiencePatterns {
		changes = List.copyOf(changes);
	}

	/**
	 * The arguments of a sentence on how true the fear felt afterwards: the number of
	 * experiences, the change in whole points, and its direction (1 less true, 0 the
	 * same, -1 more true), so that no sentence ever says "fell by -5".
	 */
	public Object[] beliefChangeArguments() {
		long drop = averageDrop == null ? 0 : Math.round(averageDrop);
		return new Object[] { changes.size(), Math.abs(drop), Long.signum(drop) };
	}

}
