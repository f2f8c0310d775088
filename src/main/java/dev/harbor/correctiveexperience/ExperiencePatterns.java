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

}
