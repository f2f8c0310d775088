package dev.harbor.homework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads a client's homework and works out its progress: four queries (assignments, their
 * histories, missed practice, practice counted per day), then the arithmetic of
 * {@link Adherence}. Security and audit are the caller's.
 */
@Component
class HomeworkProgress {

	/** How far back the distress chart looks. */
	static final int CHART_WEEKS = 26;

	private final AssignmentRepository assignments;

	private final StatusChangeRepository statusChanges;

	private final MissedPracticeRepository missedPractices;

	private final HomeworkQueries queries;

	HomeworkProgress(AssignmentRepository assignments, StatusChangeRepository statusChanges,
			MissedPracticeRepository missedPractices, HomeworkQueries queries) {
		this.assignments = assignments;
		this.statusChanges = statusChanges;
		this.missedPractices = missedPractices;
		this.queries = queries;
	}

	ClientHomework of(long clientId, LocalDate today) {
		List<HomeworkAssignment> list = assignments.findByClientIdOrderByStartDateDescIdDesc(clientId);
		List<Long> ids = list.stream().map(HomeworkAssignment::requireId).toList();
		Map<Long, List<StatusChangeView>> histories = statusChanges.findByAssignmentIdInOrderByEffectiveOnAscIdAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(AssignmentStatusChange::getAssignmentId,
					Collectors.mapping(AssignmentStatusChange::view, Collectors.toList())));
		Map<Long, List<MissedView>> missed = missedPractices.findByAssignmentIdInOrderByMissedOnDescIdDesc(ids)
			.stream()
			.collect(Collectors.groupingBy(MissedPractice::getAssignmentId,
					Collectors.mapping(MissedPractice::view, Collectors.toList())));
		List<HomeworkQueries.PracticeDay> days = queries.practiceDaysOf(clientId);
		Map<Long, List<HomeworkQueries.PracticeDay>> daysByAssignment = days.stream()
			.collect(Collectors.groupingBy(HomeworkQueries.PracticeDay::assignmentId));
		List<AssignmentView> views = list.stream()
			.map(assignment -> view(assignment, histories.getOrDefault(assignment.requireId(), List.of()),
					missed.getOrDefault(assignment.requireId(), List.of()),
					daysByAssignment.getOrDefault(assignment.requireId(), List.of()), today))
			.toList();
		return new ClientHomework(clientId, views, distressByWeek(days, today));
	}

	/**
	 * The plan as the arithmetic needs it: pauses from the history, and the last planned
	 * day (the end date, or the day before it was completed or stopped).
	 */
	static Adherence.Plan planOf(Rhythm rhythm, LocalDate start, @Nullable LocalDate end,
			List<StatusChangeView> history) {
		LocalDate lastDay = end;
		for (StatusChangeView change : history) {
			if (!change.status().isOpen()) {
				LocalDate dayBefore = change.effectiveOn().minusDays(1);
				lastDay = lastDay == null || dayBefore.isBefore(lastDay) ? dayBefore : lastDay;
			}
		}
		// Practice days are the client's calendar days already, so no zone is needed.
		return new Adherence.Plan(rhythm, start, lastDay, StatusChangeView.pausesIn(history), ZoneOffset.UTC);
	}

	private AssignmentView view(HomeworkAssignment assignment, List<StatusChangeView> history, List<MissedView> missed,
			List<HomeworkQueries.PracticeDay> days, LocalDate today) {
		Adherence.Plan plan = planOf(assignment.rhythm(), assignment.getStartDate(), assignment.getEndDate(), history);
		LocalDate until = plan.end() == null || today.isBefore(plan.end()) ? today : plan.end();
		Map<LocalDate, Integer> doneByDay = new TreeMap<>();
		int practices = 0;
		long beforeSum = 0;
		long afterSum = 0;
		LocalDateTime last = null;
		for (HomeworkQueries.PracticeDay day : days) {
			doneByDay.merge(day.day(), day.count(), Integer::sum);
			practices += day.count();
			beforeSum += day.distressBeforeSum();
			afterSum += day.distressAfterSum();
			last = last == null || day.latest().isAfter(last) ? day.latest() : last;
		}
		Adherence.Summary adherence = until.isBefore(plan.start())
				? new Adherence.Summary(List.of(), 0, 0, OptionalDouble.empty())
				: Adherence.ofDays(plan, doneByDay, plan.start(), until);
		LocalDate lastDay = last == null ? null : last.toLocalDate();
		boolean overdue = assignment.getStatus() == AssignmentStatus.ACTIVE
				&& Adherence.isOverdueSince(plan, lastDay, today);
		return new AssignmentView(assignment.requireId(), assignment.getVersion(), assignment.getClientId(),
				assignment.text(), assignment.getStartDate(), assignment.getEndDate(), assignment.getTargetMinutes(),
				assignment.progression(), assignment.getPersonalNote(), assignment.getStatus(),
				Progression.targetOn(assignment.getTargetMinutes(), assignment.progression(), assignment.getStartDate(),
						until),
				adherence, practices, practices == 0 ? null : (double) beforeSum / practices,
				practices == 0 ? null : (double) afterSum / practices, last, overdue, history, missed,
				assignment.getAssignedInSession());
	}

	private static List<DistressWeek> distressByWeek(List<HomeworkQueries.PracticeDay> days, LocalDate today) {
		LocalDate from = Adherence.mondayOf(today).minusWeeks(CHART_WEEKS - 1L);
		Map<LocalDate, long[]> weeks = new TreeMap<>();
		for (HomeworkQueries.PracticeDay day : days) {
			if (!day.day().isBefore(from) && !day.day().isAfter(today)) {
				long[] sums = weeks.computeIfAbsent(Adherence.mondayOf(day.day()), monday -> new long[3]);
				sums[0] += day.count();
				sums[1] += day.distressBeforeSum();
				sums[2] += day.distressAfterSum();
			}
		}
		List<DistressWeek> result = new ArrayList<>();
		weeks.forEach((monday, sums) -> result
			.add(new DistressWeek(monday, (int) sums[0], (double) sums[1] / sums[0], (double) sums[2] / sums[0])));
		return result;
	}

}
