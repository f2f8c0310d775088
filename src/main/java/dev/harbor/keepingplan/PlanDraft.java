package dev.harbor.keepingplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.diary.DiaryPatterns;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Tally;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A first draft of the plan from the record, in the client's language, for the clinician
 * to edit with the client: the exercises practised most with the largest fall in
 * distress, what the client learned from corrective experiences, the ladder steps
 * reached, and the reactions and thinking traps the diary names most. Each read is
 * bounded: a client's plans, the latest experiences, their ladders in use, a year of
 * diary patterns.
 */
@Component
class PlanDraft {

	static final int EXERCISES = 3;

	static final int LEARNINGS = 3;

	static final int LADDERS = 3;

	/** How many of the latest experiences are searched for written learnings. */
	static final int EXPERIENCES_READ = 50;

	private final HomeworkService homework;

	private final CorrectiveExperienceService experiences;

	private final LadderService ladders;

	private final DiaryService diary;

	private final HarborI18nProvider words;

	PlanDraft(HomeworkService homework, CorrectiveExperienceService experiences, LadderService ladders,
			DiaryService diary, HarborI18nProvider words) {
		this.homework = homework;
		this.experiences = experiences;
		this.ladders = ladders;
		this.diary = diary;
		this.words = words;
	}

	PlanText from(long clientId, LocalDate today, Locale locale) {
		List<AssignmentView> helped = exercisesThatHelped(clientId, today);
		List<String> helpedMost = new ArrayList<>();
		helped.forEach(exercise -> helpedMost.add(exerciseLine(exercise, locale)));
		learnings(clientId).forEach(learned -> helpedMost.add(t(locale, "plan.draft.learned", learned)));
		stepsReached(clientId, locale).forEach(helpedMost::add);
		String whatToDo = helped.isEmpty() ? null : t(locale, "plan.draft.whatToDo", helped.getFirst().text().name());
		return new PlanText(lines(helpedMost), earlySigns(clientId, today, locale), whatToDo, null, null);
	}

	private List<AssignmentView> exercisesThatHelped(long clientId, LocalDate today) {
		return homework.clientHomework(clientId, today)
			.assignments()
			.stream()
			.filter(assignment -> assignment.practices() > 0)
			.sorted(Comparator.comparingDouble(PlanDraft::fall)
				.reversed()
				.thenComparing(Comparator.comparingInt(AssignmentView::practices).reversed()))
			.limit(EXERCISES)
			.toList();
	}

	private static double fall(AssignmentView assignment) {
		return assignment.averageBefore() == null || assignment.averageAfter() == null ? Double.NEGATIVE_INFINITY
				: assignment.averageBefore() - assignment.averageAfter();
	}

	private String exerciseLine(AssignmentView exercise, Locale locale) {
		if (exercise.averageBefore() == null || exercise.averageAfter() == null) {
			return t(locale, "plan.draft.exercise", exercise.text().name(), exercise.practices());
		}
		return t(locale, "plan.draft.exercise.distress", exercise.text().name(), exercise.practices(),
				exercise.averageBefore(), exercise.averageAfter());
	}

	private List<String> learnings(long clientId) {
		return experiences.experiences(clientId, ExperienceFilter.ALL, PageRequest.of(0, EXPERIENCES_READ))
			.stream()
			.map(experience -> experience.experience().learned())
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(learned -> !learned.isEmpty())
			.distinct()
			.limit(LEARNINGS)
			.toList();
	}

	private List<String> stepsReached(long clientId, Locale locale) {
		return ladders.ladders(clientId)
			.stream()
			.filter(ladder -> !ladder.setAside() && ladder.currentPosition() != null)
			.limit(LADDERS)
			.map(ladder -> stepLine(ladder, locale))
			.toList();
	}

	private String stepLine(LadderSummary ladder, Locale locale) {
		String action = ladders.ladder(ladder.id())
			.currentStep()
			.map(step -> Objects.requireNonNullElse(step.step().action(), ""))
			.orElse("");
		return t(locale, "plan.draft.ladder", ladder.goal(), ladder.currentPosition(), action);
	}

	private @Nullable String earlySigns(long clientId, LocalDate today, Locale locale) {
		DiaryPatterns patterns = diary.patterns(clientId, today.minusYears(1), today);
		List<String> signs = new ArrayList<>();
		if (!patterns.behaviours().isEmpty()) {
			signs.add(t(locale, "plan.draft.signs.reactions", names(patterns.behaviours(), locale)));
		}
		if (!patterns.traps().isEmpty()) {
			signs.add(t(locale, "plan.draft.signs.traps", names(patterns.traps(), locale)));
		}
		return lines(signs);
	}

	private <T extends Translatable> String names(List<Tally<T>> tallies, Locale locale) {
		return String.join(", ",
				tallies.stream().limit(3).map(tally -> t(locale, tally.item().translationKey())).toList());
	}

	private static @Nullable String lines(List<String> lines) {
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private String t(Locale locale, String key, Object... params) {
		return words.getTranslation(key, locale, params);
	}

}
