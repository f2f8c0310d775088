package dev.harbor.homework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One assignment with its progress, as the Homework tab shows it. Figures come from SQL
 * aggregates (see {@code HomeworkQueries}).
 *
 * @param text the words as the client was given them, with this plan's rhythm and
 * starting minutes
 * @param currentTargetMinutes today's target, after progression
 * @param adherence planned versus done per week, from the start to today (or the end)
 * @param practices practices logged, struck-out ones left out
 * @param averageBefore average distress before practice, or null when nothing is logged
 * @param averageAfter average distress afterwards, or null
 * @param assignedInSession the session in which it was given, if it was
 */
public record AssignmentView(long id, long version, long clientId, ExerciseText text, LocalDate start,
		@Nullable LocalDate end, int targetMinutes, @Nullable Progression progression, @Nullable String personalNote,
		AssignmentStatus status, int currentTargetMinutes, Adherence.Summary adherence, int practices,
		@Nullable Double averageBefore, @Nullable Double averageAfter, @Nullable LocalDateTime lastPractice,
		boolean overdue, List<StatusChangeView> history, List<MissedView> missed, @Nullable Long assignedInSession) {

	public AssignmentView {
		history = List.copyOf(history);
		missed = List.copyOf(missed);
	}

	public Rhythm rhythm() {
		return text.rhythm();
	}

	/** After minus before: negative when practice tends to settle the client. */
	public @Nullable Double distressChange() {
		return averageBefore == null || averageAfter == null ? null : averageAfter - averageBefore;
	}

	/** Ids and kinds only: what clients write never reaches a log line. */
	@Override
	public String toString() {
		return "AssignmentView[id=" + id + ", version=" + version + ", status=" + status + "]";
	}

}
