package dev.harbor.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import dev.harbor.client.ClientProfile;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.common.i18n.Translatable;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.correctiveexperience.ExperiencePatterns;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryPatterns;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.Tally;
import dev.harbor.homework.Adherence;
import dev.harbor.homework.AssignmentStatus;
import dev.harbor.homework.AssignmentView;
import dev.harbor.homework.ClientHomework;
import dev.harbor.homework.HomeworkService;
import dev.harbor.ladder.AttemptView;
import dev.harbor.ladder.FearedOutcome;
import dev.harbor.ladder.LadderPeriod;
import dev.harbor.ladder.LadderService;
import dev.harbor.ladder.LadderView;
import dev.harbor.ladder.NewAttempt;
import dev.harbor.ladder.StepView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Collects one client's period for a summary through the features' services (each checks
 * ownership and audits its read) and words it in the clinician's language.
 */
@Component
class SummaryGatherer {

	/** The most flagged entries and experiences a summary lists. */
	static final int MAX_ROWS = 500;

	private static final int TOP = 3;

	/** The latest tries of a ladder listed row by row; the chart shows them all. */
	static final int TRIES_LISTED = 20;

	/** The latest tries whose words (what happened, what was learned) are printed. */
	static final int TRIES_IN_WORDS = 5;

	private final HomeworkService homework;

	private final DiaryService diary;

	private final CorrectiveExperienceService experiences;

	private final LadderService ladders;

	private final HarborI18nProvider words;

	SummaryGatherer(HomeworkService homework, DiaryService diary, CorrectiveExperienceService experiences,
			LadderService ladders, HarborI18nProvider words) {
		this.homework = homework;
		this.diary = diary;
		this.experiences = experiences;
		this.ladders = ladders;
		this.words = words;
	}

	/**
	 * @param session the session this summary is for, with its note; null for a period of
	 * the clinician's choosing
	 */
	SessionSummary gather(ClientProfile client, SummaryRequest request, String practice, String clinician,
			ZonedDateTime now, LocalDate today, @Nullable ForSession session, Locale locale) {
		LocalDate from = request.from();
		LocalDate to = request.to();
		ClientHomework work = homework.clientHomework(client.id(), today);
		Long sessionId = session == null ? null : session.id();
		return new SessionSummary(labels(locale), locale, practice, clinician,
				request.byReferenceCode() ? client.referenceCode() : client.displayName(), client.referenceCode(), from,
				to, now, homeworkLines(work, from, to, locale), distress(work, from, to),
				diaryPart(client.id(), from, to, locale), experiencesPart(client.id(), from, to, locale),
				session == null ? null : session.note(),
				sessionId == null ? List.of() : goneThrough(client.id(), sessionId, locale),
				work.assignments()
					.stream()
					.filter(assignment -> assignment.status() == AssignmentStatus.ACTIVE)
					.map(assignment -> assignment.text().name() + ": " + PlanWords.plan(words, assignment, locale)
							+ (sessionId != null && sessionId.equals(assignment.assignedInSession())
									? " " + t(locale, "report.next.agreedHere") : ""))
					.toList(),
				laddersPart(client.id(), from, to, locale));
	}

	/**
	 * The ladders of the period: the feared outcome against what happened first, then a
	 * row per attempt and the distress figures for the chart.
	 */
	private SessionSummary.Ladders laddersPart(long clientId, LocalDate from, LocalDate to, Locale locale) {
		List<LadderPeriod> periods = ladders.period(clientId, from, to);
		if (periods.isEmpty()) {
			return SessionSummary.Ladders.NONE;
		}
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<SessionSummary.Ladder> list = new ArrayList<>();
		for (LadderPeriod period : periods) {
			LadderView ladder = period.ladder();
			List<List<String>> rows = new ArrayList<>();
			List<SessionSummary.LadderTry> tries = new ArrayList<>();
			List<AttemptView> attempts = period.attempts();
			List<String> fears = attempts.stream()
				.map(period::stepOf)
				.flatMap(java.util.Optional::stream)
				.distinct()
				.map(step -> t(locale, "report.ladder.stepFear", step.position(), stepWhat(step), step.step().feared(),
						step.step().likelihood()))
				.toList();
			for (int i = 0; i < attempts.size(); i++) {
				AttemptView attempt = attempts.get(i);
				StepView step = period.stepOf(attempt).orElse(null);
				String stepName = step == null ? "" : t(locale, "ladder.step.short", step.position());
				NewAttempt words = attempt.attempt();
				if (i >= attempts.size() - TRIES_LISTED) {
					rows.add(List.of(dates.format(attempt.happenedAt().toLocalDate()), stepName,
							t(locale, words.fearedHappened().translationKey()), t(locale, "ladder.attempt.distress",
									words.predictedDistress(), words.peakDistress(), words.endDistress())));
				}
				boolean inWords = i >= attempts.size() - TRIES_IN_WORDS;
				tries.add(new SessionSummary.LadderTry(attempt.happenedAt().toLocalDate(), stepName,
						dates.format(attempt.happenedAt().toLocalDate()) + " \u00B7 " + stepName,
						words.predictedDistress(), words.peakDistress(), words.endDistress(),
						inWords ? words.whatHappened() : null, inWords ? words.learned() : null));
			}
			long happened = period.attempts()
				.stream()
				.filter(attempt -> attempt.attempt().fearedHappened() != FearedOutcome.NO)
				.count();
			StepView now = period.currentStep();
			list.add(new SessionSummary.Ladder(
					ladder.goal() + " (" + t(locale, ladder.kind().translationKey()) + ")"
							+ (ladder.setAside() ? " \u00B7 " + t(locale, "report.ladder.aside") : ""),
					now == null ? "" : t(locale, "report.ladder.now", now.position(), stepWhat(now)),
					period.attempts().isEmpty() ? t(locale, "report.ladder.noTries") : t(locale,
							"report.ladder.outcomes", period.attempts().size(), happened)
							+ (attempts.size() > TRIES_LISTED
									? " " + t(locale, "report.ladder.latest", TRIES_LISTED, TRIES_IN_WORDS) : ""),
					fears, rows, tries));
		}
		return new SessionSummary.Ladders(t(locale, "report.ladders"),
				new SessionSummary.LadderWords(
						List.of(t(locale, "report.date"), t(locale, "ladder.attempt.column.step"),
								t(locale, "report.ladder.happened"), t(locale, "ladder.attempt.column.distress")),
						t(locale, "report.ladder.chart"), t(locale, "ladder.chart.predicted"),
						t(locale, "ladder.chart.peak"), t(locale, "ladder.chart.end"), t(locale, "report.whatHappened"),
						t(locale, "report.learned"), t(locale, "report.ladder.noTries")),
				list);
	}

	private static String stepWhat(StepView step) {
		return step.step().dose() == null ? step.step().action()
				: step.step().action() + " (" + step.step().dose() + ")";
	}

	/** A session's id and its note as text, for a session's summary. */
	record ForSession(long id, String note) {

		@Override
		public String toString() {
			return "ForSession[id=" + id + "]";
		}

	}

	/** The diary entries and experiences marked reviewed during the session, in order. */
	private List<String> goneThrough(long clientId, long sessionId, Locale locale) {
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<String> lines = new ArrayList<>();
		diary.reviewedInSession(clientId, sessionId)
			.forEach(entry -> lines.add(t(locale, "report.goneThrough.diary",
					dates.format(entry.happenedAt().toLocalDate()), entry.entry().situation())));
		ladders.reviewedInSession(clientId, sessionId)
			.forEach(attempt -> lines
				.add(t(locale, "report.goneThrough.attempt", dates.format(attempt.happenedAt().toLocalDate()),
						t(locale, attempt.attempt().fearedHappened().translationKey()))));
		experiences.reviewedInSession(clientId, sessionId)
			.forEach(experience -> lines
				.add(t(locale, "report.goneThrough.experience", dates.format(experience.happenedAt().toLocalDate()),
						experience.experience().feared() == null ? "" : experience.experience().feared())));
		return lines;
	}

	private List<SessionSummary.Homework> homeworkLines(ClientHomework work, LocalDate from, LocalDate to,
			Locale locale) {
		List<SessionSummary.Homework> lines = new ArrayList<>();
		for (AssignmentView assignment : work.assignments()) {
			List<Adherence.Week> weeks = assignment.adherence()
				.weeks()
				.stream()
				.filter(week -> !week.monday().plusDays(6).isBefore(from) && !week.monday().isAfter(to))
				.toList();
			if (weeks.isEmpty()) {
				continue;
			}
			int planned = weeks.stream().mapToInt(Adherence.Week::planned).sum();
			int counted = weeks.stream().mapToInt(Adherence.Week::counted).sum();
			int done = weeks.stream().mapToInt(Adherence.Week::done).sum();
			lines.add(new SessionSummary.Homework(assignment.text().name(), PlanWords.plan(words, assignment, locale),
					practised(planned, counted, done, locale), assignment.averageBefore(), assignment.averageAfter()));
		}
		return lines;
	}

	/**
	 * What was done, in words, for a sheet read together with the client: no percentage,
	 * and no "planned 0" for an exercise kept for when it is needed.
	 */
	private String practised(int planned, int counted, int done, Locale locale) {
		if (planned == 0) {
			return t(locale, "report.practised.whenNeeded", done);
		}
		return done > planned ? t(locale, "report.practised.more", done, planned)
				: t(locale, "report.practised.ofPlanned", counted, planned);
	}

	private static List<SessionSummary.DistressWeek> distress(ClientHomework work, LocalDate from, LocalDate to) {
		return work.distress()
			.stream()
			.filter(week -> !week.monday().plusDays(6).isBefore(from) && !week.monday().isAfter(to))
			.map(week -> new SessionSummary.DistressWeek(week.monday(), week.averageBefore(), week.averageAfter()))
			.toList();
	}

	private SessionSummary.Diary diaryPart(long clientId, LocalDate from, LocalDate to, Locale locale) {
		DiaryPatterns patterns = diary.patterns(clientId, from, to);
		if (patterns.entries() == 0) {
			return SessionSummary.Diary.empty();
		}
		List<Feeling> shown = patterns.feelings().stream().limit(TOP).map(Tally::item).toList();
		List<SessionSummary.Series> series = shown.stream()
			.map(feeling -> new SessionSummary.Series(t(locale, feeling.translationKey()),
					patterns.feelingsByWeek()
						.stream()
						.filter(week -> week.feeling() == feeling)
						.map(week -> new SessionSummary.Point(week.monday(), week.averageIntensity()))
						.toList()))
			.toList();
		List<DiaryEntryView> flagged = diary
			.diary(clientId, new DiaryFilter(from, to, null, null, null, null, null, null, true),
					PageRequest.of(0, MAX_ROWS))
			.getContent();
		return new SessionSummary.Diary(patterns.entries(), tallies(patterns.needs(), locale),
				tallies(patterns.feelings(), locale), tallies(patterns.behaviours(), locale), series,
				flagged.stream()
					.map(entry -> new SessionSummary.Flagged(entry.happenedAt().toLocalDate(),
							entry.entry().situation()))
					.toList());
	}

	private SessionSummary.Experiences experiencesPart(long clientId, LocalDate from, LocalDate to, Locale locale) {
		ExperiencePatterns patterns = experiences.patterns(clientId, from, to);
		if (patterns.changes().isEmpty()) {
			return SessionSummary.Experiences.none();
		}
		List<ExperienceView> list = new ArrayList<>(experiences
			.experiences(clientId, new ExperienceFilter(from, to, null, null, false), PageRequest.of(0, MAX_ROWS))
			.getContent());
		Collections.reverse(list);
		return new SessionSummary.Experiences(list.stream()
			.map(view -> new SessionSummary.Experience(view.happenedAt().toLocalDate(),
					t(locale, view.experience().risk().translationKey()), view.experience().feared(),
					view.experience().beliefBefore(), view.experience().whatHappened(), view.experience().beliefAfter(),
					view.experience().learned()))
			.toList(), patterns.averageDrop());
	}

	private <T extends Translatable> List<String> tallies(List<Tally<T>> tallies, Locale locale) {
		return tallies.stream()
			.limit(TOP)
			.map(tally -> t(locale, tally.item().translationKey()) + " (" + tally.count() + ")")
			.toList();
	}

	private String t(Locale locale, String key, Object... params) {
		return words.getTranslation(key, locale, params);
	}

	private SessionSummary.Labels labels(Locale locale) {
		return new SessionSummary.Labels(t(locale, "report.title"), t(locale, "report.period"),
				t(locale, "report.generated"), t(locale, "report.practice"), t(locale, "report.clinician"),
				t(locale, "report.client"), t(locale, "report.homework"), t(locale, "report.homework.none"),
				t(locale, "report.exercise"), t(locale, "report.plan"), t(locale, "report.practised"),
				t(locale, "report.distress"), t(locale, "report.distress.chart"), t(locale, "report.before"),
				t(locale, "report.after"), t(locale, "report.diary"), t(locale, "report.diary.none"),
				t(locale, "report.entries"), t(locale, "report.needs"), t(locale, "report.feelings"),
				t(locale, "report.behaviours"), t(locale, "report.feelings.chart"), t(locale, "report.flagged"),
				t(locale, "report.date"), t(locale, "report.situation"), t(locale, "report.experiences"),
				t(locale, "report.experiences.none"), t(locale, "report.beliefChange"), t(locale, "report.risk"),
				t(locale, "report.beliefBefore"), t(locale, "report.beliefAfter"), t(locale, "report.learned"),
				t(locale, "report.belief.chart"), t(locale, "report.note"), t(locale, "report.note.none"),
				t(locale, "report.goneThrough"), t(locale, "report.next"), t(locale, "report.next.none"),
				t(locale, "report.confidential"), t(locale, "report.pageOf"), t(locale, "report.feared"),
				t(locale, "report.whatHappened"));
	}

}
