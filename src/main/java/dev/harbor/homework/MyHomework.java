package dev.harbor.homework;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One plan of homework as its client sees it in the portal: the words they were given,
 * their clinician's note, and how often they practised this week. Nothing of the
 * clinician's own view (adherence, follow-ups) is here.
 *
 * @param start the first day of the plan: a missed practice is noted from then on
 * @param breathing the counts the pacer follows, for a breathing exercise
 */
public record MyHomework(long assignmentId, ExerciseText text, @Nullable String personalNote, int targetMinutes,
		LocalDate start, long practisedThisWeek, @Nullable BreathPattern breathing) {

	/** Ids and kinds only: a note to the client never reaches a log line. */
	@Override
	public String toString() {
		return "MyHomework[assignment=" + assignmentId + "]";
	}

}
