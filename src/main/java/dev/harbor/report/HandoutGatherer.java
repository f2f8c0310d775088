package dev.harbor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.harbor.client.ClientProfile;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.ladder.Anchors;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.StepView;

import org.springframework.stereotype.Component;

/**
 * Collects a client's active homework for the paper handout, in the words they were given
 * (the copy kept on each assignment), and words the plan in their language.
 */
@Component
class HandoutGatherer {

	private final HomeworkService homework;

	private final LadderService ladders;

	private final HarborI18nProvider words;

	HandoutGatherer(HomeworkService homework, LadderService ladders, HarborI18nProvider words) {
		this.homework = homework;
		this.ladders = ladders;
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
					.toList(),
				ladders.period(client.id(), today, today)
					.stream()
					.filter(period -> !period.ladder().setAside() && period.currentStep() != null)
					.map(period -> ladderStep(period.ladder(), period.currentStep(), locale))
					.toList());
	}

	/**
	 * The step the client is on now, in words for them: what they will do, what they fear
	 * and how likely it feels, the distress they expect, their own scale.
	 */
	private Handout.LadderStep ladderStep(LadderView ladder, StepView now, Locale locale) {
		List<String> lines = new ArrayList<>();
		String what = now.step().dose() == null ? now.step().action()
				: now.step().action() + " (" + now.step().dose() + ")";
		lines.add(t(locale, "handout.ladder.now", now.position(), what));
		lines.add(t(locale, "portal.ladder.fear", now.step().feared(), now.step().likelihood()));
		lines.add(t(locale, "portal.ladder.expect", now.step().predictedDistress()));
		Anchors anchors = ladder.anchors();
		if (!anchors.isEmpty()) {
			lines.add(t(locale, "ladder.mine.scale"));
			String[] levels = { anchors.calm(), anchors.quarter(), anchors.half(), anchors.threeQuarters(),
					anchors.worst() };
			for (int i = 0; i < levels.length; i++) {
				if (levels[i] != null) {
					lines.add((i * 25) + ": " + levels[i]);
				}
			}
		}
		else {
			lines.add(t(locale, "ladder.distress.help"));
		}
		lines.add(t(locale, "portal.ladder.pace"));
		return new Handout.LadderStep(t(locale, "handout.ladder.heading", ladder.goal()), lines,
				t(locale, "handout.ladder.log"),
				List.of(t(locale, "report.date"), t(locale, "handout.ladder.minutes"),
						t(locale, "handout.ladder.expected"), t(locale, "handout.ladder.peak"),
						t(locale, "handout.ladder.end"), t(locale, "handout.ladder.happened"),
						t(locale, "handout.ladder.whatHappened")));
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
