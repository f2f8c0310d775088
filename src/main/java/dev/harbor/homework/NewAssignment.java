package dev.harbor.homework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the clinician chose when assigning: the exercise, the plan, and a personal note to
 * the client.
 */
public record NewAssignment(@Nullable TemplateRef template, @Nullable LocalDate start, @Nullable LocalDate end,
		@Nullable Rhythm rhythm, @Nullable Integer targetMinutes, @Nullable Progression progression,
		@Nullable String personalNote) {

	public static final int NOTE_MAX = 1000;

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "NewAssignment[template=" + template + ", start=" + start + "]";
	}

}
