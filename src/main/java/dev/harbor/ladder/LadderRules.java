package dev.harbor.ladder;

import java.time.LocalDateTime;

import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a ladder, a step and an attempt must be, for the forms and the services alike. */
public final class LadderRules {

	/** A ladder holds at most this many steps in use; set-aside ones are kept besides. */
	public static final int MAX_STEPS = 15;

	public static final int GOAL_MAX = 500;

	public static final int NAME_MAX = 120;

	/**
	 * How far an attempt may lie ahead of the practice's clock: a phone a little fast.
	 */
	static final int MINUTES_AHEAD = 15;

	static final int YEARS_BACK = 10;

	private LadderRules() {
	}

	public static @Nullable InvalidInputException goalProblem(@Nullable String goal) {
		return text("goal", goal, GOAL_MAX, true);
	}

	public static @Nullable InvalidInputException nameProblem(@Nullable String name) {
		return text("name", name, NAME_MAX, true);
	}

	public static @Nullable InvalidInputException problemOf(Anchors anchors) {
		InvalidInputException problem = text("calm", anchors.calm(), Anchors.TEXT_MAX, false);
		if (problem == null) {
			problem = text("quarter", anchors.quarter(), Anchors.TEXT_MAX, false);
		}
		if (problem == null) {
			problem = text("half", anchors.half(), Anchors.TEXT_MAX, false);
		}
		if (problem == null) {
			problem = text("threeQuarters", anchors.threeQuarters(), Anchors.TEXT_MAX, false);
		}
		return problem != null ? problem : text("worst", anchors.worst(), Anchors.TEXT_MAX, false);
	}

	/**
	 * The first problem of a step, naming the field and a translation key; null when
	 * fine.
	 */
	public static @Nullable InvalidInputException problemOf(NewStep step) {
		if (step.action() == null || step.action().isBlank()) {
			return new InvalidInputException("action", "ladder.rule.action");
		}
		InvalidInputException problem = text("action", step.action(), NewStep.ACTION_MAX, true);
		if (problem == null) {
			problem = text("dose", step.dose(), NewStep.DOSE_MAX, false);
		}
		if (problem == null) {
			problem = text("feared", step.feared(), NewStep.FEARED_MAX, true);
		}
		if (problem != null) {
			return problem;
		}
		if (!isScale(step.likelihood())) {
			return new InvalidInputException("likelihood", "ladder.rule.likelihood");
		}
		return isScale(step.predictedDistress()) ? null
				: new InvalidInputException("predictedDistress", "ladder.rule.distress");
	}

	/** The first problem of an attempt; {@code now} is the practice's clock. */
	public static @Nullable InvalidInputException problemOf(NewAttempt attempt, LocalDateTime now) {
		if (attempt.happenedAt() == null || attempt.happenedAt().isAfter(now.plusMinutes(MINUTES_AHEAD))
				|| attempt.happenedAt().isBefore(now.minusYears(YEARS_BACK))) {
			return new InvalidInputException("happenedAt", "ladder.rule.happenedAt");
		}
		if (attempt.stepId() == null) {
			return new InvalidInputException("stepId", "ladder.rule.step");
		}
		if (attempt.minutes() != null && (attempt.minutes() < 0 || attempt.minutes() > NewAttempt.MINUTES_MAX)) {
			return new InvalidInputException("minutes", "ladder.rule.minutes");
		}
		if (!isScale(attempt.predictedDistress())) {
			return new InvalidInputException("predictedDistress", "ladder.rule.distress");
		}
		if (!isScale(attempt.peakDistress())) {
			return new InvalidInputException("peakDistress", "ladder.rule.distress");
		}
		if (!isScale(attempt.endDistress())) {
			return new InvalidInputException("endDistress", "ladder.rule.distress");
		}
		if (attempt.fearedHappened() == null) {
			return new InvalidInputException("fearedHappened", "ladder.rule.required");
		}
		InvalidInputException problem = text("whatHappened", attempt.whatHappened(), NewAttempt.TEXT_MAX, false);
		if (problem == null) {
			problem = text("learned", attempt.learned(), NewAttempt.TEXT_MAX, false);
		}
		if (problem == null) {
			problem = text("body", attempt.body(), NewAttempt.SHORT_MAX, false);
		}
		return problem != null ? problem : text("note", attempt.note(), NewAttempt.SHORT_MAX, false);
	}

	static NewStep cleaned(NewStep step) {
		return new NewStep(FreeText.clean(step.action()), FreeText.clean(step.dose()), FreeText.clean(step.feared()),
				step.likelihood(), step.predictedDistress());
	}

	static Anchors cleaned(Anchors anchors) {
		return new Anchors(FreeText.clean(anchors.calm()), FreeText.clean(anchors.quarter()),
				FreeText.clean(anchors.half()), FreeText.clean(anchors.threeQuarters()),
				FreeText.clean(anchors.worst()));
	}

	static NewAttempt cleaned(NewAttempt attempt) {
		return new NewAttempt(attempt.happenedAt(), attempt.stepId(), attempt.minutes(), attempt.predictedDistress(),
				attempt.peakDistress(), attempt.endDistress(), attempt.safetyBehaviours(), attempt.fearedHappened(),
				FreeText.clean(attempt.whatHappened()), FreeText.clean(attempt.learned()),
				FreeText.clean(attempt.body()), FreeText.clean(attempt.note()));
	}

	private static boolean isScale(@Nullable Integer value) {
		return value != null && value >= 0 && value <= 100;
	}

	private static @Nullable InvalidInputException text(String field, @Nullable String value, int max,
			boolean required) {
		if (required && (value == null || value.isBlank())) {
			return new InvalidInputException(field, "ladder.rule.required");
		}
		String problem = FreeText.problem(value, max);
		return problem == null ? null : new InvalidInputException(field, problem);
	}

}
