package dev.harbor.report;

import java.util.Locale;

import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.Rhythm;

/**
 * A homework plan in words ("every day, 3 minutes"), the same on summaries and handouts.
 */
final class PlanWords {

	private PlanWords() {
	}

	static String plan(HarborI18nProvider words, AssignmentView assignment, Locale locale) {
		return rhythm(words, assignment.rhythm(), locale) + ", "
				+ words.getTranslation("report.minutes", locale, assignment.currentTargetMinutes());
	}

	private static String rhythm(HarborI18nProvider words, Rhythm rhythm, Locale locale) {
		return switch (rhythm) {
			case Rhythm.Daily daily -> words.getTranslation("rhythm.daily", locale);
			case Rhythm.TimesPerWeek weekly -> words.getTranslation("rhythm.timesPerWeek", locale, weekly.times());
			case Rhythm.OnWeekdays weekdays ->
				words.getTranslation("rhythm.onWeekdays", locale, weekdays.days().size());
			case Rhythm.WhenTriggered triggered -> words.getTranslation("rhythm.whenTriggered", locale);
		};
	}

}
