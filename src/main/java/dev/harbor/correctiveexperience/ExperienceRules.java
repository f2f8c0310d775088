package dev.harbor.correctiveexperience;

import java.time.LocalDate;

import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What a corrective experience must be, for the form and the service alike. */
public final class ExperienceRules {

	static final int YEARS_BACK = 10;

	private ExperienceRules() {
	}

	/** The first problem, naming the field and a translation key; null when fine. */
	public static @Nullable InvalidInputException problemOf(NewExperience experience, LocalDate today) {
		if (experience.happenedAt() == null || experience.happenedAt().toLocalDate().isAfter(today.plusDays(1))
				|| experience.happenedAt().toLocalDate().isBefore(today.minusYears(YEARS_BACK))) {
			return new InvalidInputException("happenedAt", "experience.rule.happenedAt");
		}
		if (experience.setting() == null) {
			return new InvalidInputException("setting", "experience.rule.required");
		}
		if (experience.risk() == null) {
			return new InvalidInputException("risk", "experience.rule.required");
		}
		InvalidInputException text = text("feared", experience.feared(), NewExperience.TEXT_MAX, true);
		if (text == null) {
			text = text("whatHappened", experience.whatHappened(), NewExperience.TEXT_MAX, true);
		}
		if (text == null) {
			text = text("learned", experience.learned(), NewExperience.TEXT_MAX, false);
		}
		if (text == null) {
			text = text("body", experience.body(), NewExperience.BODY_MAX, false);
		}
		if (text != null) {
			return text;
		}
		if (!isPercent(experience.beliefBefore())) {
			return new InvalidInputException("beliefBefore", "experience.rule.percent");
		}
		return isPercent(experience.beliefAfter()) ? null
				: new InvalidInputException("beliefAfter", "experience.rule.percent");
	}

	static NewExperience cleaned(NewExperience experience) {
		return new NewExperience(experience.happenedAt(), experience.setting(), experience.risk(),
				experience.feared().strip(), experience.beliefBefore(), experience.whatHappened().strip(),
				experience.beliefAfter(), FreeText.clean(experience.learned()), experience.learnedAbout(),
				FreeText.clean(experience.body()), experience.repairSteps());
	}

	private static @Nullable InvalidInputException text(String field, @Nullable String value, int max,
			boolean required) {
		if (required && (value == null || value.isBlank())) {
			return new InvalidInputException(field, "experience.rule.required");
		}
		String problem = FreeText.problem(value, max);
		return problem == null ? null : new InvalidInputException(field, problem);
	}

	private static boolean isPercent(@Nullable Integer value) {
		return value != null && value >= 0 && value <= 100;
	}

}
