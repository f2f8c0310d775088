package dev.harbor.homework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What may be typed into homework, shared by the forms (a message next to the field) and
 * the services (which refuse whatever slipped past a form). Each check returns a
 * translation key, or null when the value is fine. Lengths count UTF-16 units, as the
 * database does.
 */
public final class HomeworkRules {

	/**
	 * How far back a plan may start or a practice be dated: about one course of therapy.
	 */
	static final int YEARS_BACK = 5;

	private HomeworkRules() {
	}

	public static @Nullable String requiredText(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return "homework.rule.required";
		}
		return optionalText(text, max);
	}

	public static @Nullable String optionalText(@Nullable String text, int max) {
		return FreeText.problem(text, max);
	}

	public static @Nullable String minutesProblem(@Nullable Integer minutes, int min, int max) {
		return minutes == null || minutes < min || minutes > max ? "homework.rule.minutes" : null;
	}

	public static @Nullable String distressProblem(@Nullable Integer distress) {
		return distress == null || distress < 0 || distress > 10 ? "homework.rule.distress" : null;
	}

	public static @Nullable String startProblem(@Nullable LocalDate start, LocalDate today) {
		if (start == null) {
			return "homework.rule.start";
		}
		return start.isBefore(today.minusYears(YEARS_BACK)) || start.isAfter(today.plusYears(1)) ? "homework.rule.start"
				: null;
	}

	public static @Nullable String endProblem(@Nullable LocalDate end, @Nullable LocalDate start) {
		return end != null && start != null && (end.isBefore(start) || end.isAfter(start.plusYears(2)))
				? "homework.rule.end" : null;
	}

	public static @Nullable String progressionProblem(@Nullable Progression progression, @Nullable Integer target) {
		if (progression == null) {
			return null;
		}
		boolean stepFine = progression.stepMinutes() >= 1 && progression.stepMinutes() <= Progression.STEP_MAX;
		boolean capFine = target != null && progression.capMinutes() >= target
				&& progression.capMinutes() <= ExerciseText.MINUTES_MAX;
		return stepFine && capFine ? null : "homework.rule.progression";
	}

	/**
	 * The first problem of an exercise a clinician writes, naming the field; null when it
	 * is fine.
	 */
	public static @Nullable InvalidInputException exerciseProblem(ExerciseText text) {
		try {
			ExerciseTexts.checked(text);
			return null;
		}
		catch (InvalidInputException problem) {
			return problem;
		}
	}

	/** A day a planned practice did not happen: within the plan, and not yet to come. */
	public static @Nullable String missedOnProblem(@Nullable LocalDate day, LocalDate planStart, LocalDate today) {
		return day == null || day.isBefore(planStart) || day.isAfter(today) ? "homework.rule.missedOn" : null;
	}

	/** A practice happens at a real moment, not in the future and not long ago. */
	public static @Nullable String happenedAtProblem(@Nullable LocalDateTime happenedAt, LocalDate today) {
		if (happenedAt == null) {
			return "homework.rule.happenedAt";
		}
		LocalDate day = happenedAt.toLocalDate();
		// A day's grace: the client's clock may be ahead of the practice's.
		return day.isAfter(today.plusDays(1)) || day.isBefore(today.minusYears(YEARS_BACK)) ? "homework.rule.happenedAt"
				: null;
	}

	static void require(String field, @Nullable String problem) {
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
	}

	static List<String> cleanLines(List<String> lines) {
		return lines.stream().map(line -> line == null ? "" : line.strip()).toList();
	}

}
