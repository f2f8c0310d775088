package dev.harbor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dev.harbor.client.ClientProfile;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.HomeworkService;

import org.springframework.stereotype.Component;

/**
 * Collects a client's active homework for the paper handout, in the words they were given
 * (the copy kept on each assignment), and words the plan in their language.
 */
@Component
class HandoutGatherer {

	private final HomeworkService homework;

	private final HarborI18nProvider words;

	HandoutGatherer(HomeworkService homework, HarborI18nProvider words) {
		this.homework = homework;
		this.words = words;
	}

	Handout gather(ClientProfile client, HandoutRequest request, String practice, String clinician, Instant now,
			LocalDate today, Locale locale) {
		return new Handout(labels(locale), locale, practice, clinician, client.displayName(), today,
				today.plusWeeks(request.weeks()).minusDays(1), now,
				homework.clientHomework(client.id(), today)
					.assignments()
					.stream()
					.filter(assignment -> assignment.status() == AssignmentStatus.ACTIVE)
					.map(assignment -> exercise(assignment, locale))
					.toList());
	}

	private Handout.Exercise exercise(AssignmentView assignment, Locale locale) {
		String plan = PlanWords.plan(words, assignment, locale);
		return new Handout.Exercise(assignment.text().name(), assignment.text().purpose(), assignment.text().steps(),
				plan, assignment.personalNote(), assignment.text().prompts());
	}

	private String t(Locale locale, String key, Object... params) {
		return words.getTranslation(key, locale, params);
	}

	private Handout.Labels labels(Locale locale) {
		return new Handout.Labels(t(locale, "handout.title"), t(locale, "handout.for"), t(locale, "handout.period"),
				t(locale, "handout.none"), t(locale, "handout.howOften"), t(locale, "handout.noteFrom"),
				t(locale, "handout.log"), t(locale, "report.date"), t(locale, "handout.minutes"),
				t(locale, "handout.before"), t(locale, "handout.after"), t(locale, "handout.notes"),
				t(locale, "handout.scale"), t(locale, "handout.confidential"), t(locale, "report.pageOf"));
	}

}
