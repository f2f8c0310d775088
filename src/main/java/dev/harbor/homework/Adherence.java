package dev.harbor.homework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Planned versus done, week by week, for one assignment. Pure arithmetic: no database, no
 * clock.
 * <ul>
 * <li>Days are the client's calendar days: completions (instants) are placed in the
 * client's time zone, so a daylight-saving change neither adds nor loses a day.</li>
 * <li>Weeks run Monday to Sunday. A plan that starts or ends mid-week, or pauses, plans
 * only for its active days; a weekly target is scaled to them and rounded half up.</li>
 * <li>Extra practice in one week does not make up for a missed one: each week counts at
 * most what it planned. A daily or weekday plan counts a day once, however often it was
 * done.</li>
 * <li>"When triggered" plans nothing: completions are counted, and there is no
 * percentage.</li>
 * </ul>
 */
public final class Adherence {

	private Adherence() {
	}

	/** One week of a plan. {@code planned} is 0 for "when triggered". */
	public record Week(LocalDate monday, int planned, int done) {

		/** What counts toward adherence: done, but never more than planned. */
		public int counted() {
			return Math.min(done, planned);
		}

	}

	/**
	 * The weeks of a period, and the totals. {@code percent} is empty when nothing was
	 * planned.
	 */
	public record Summary(List<Week> weeks, int planned, int done, OptionalDouble percent) {
	}

	/** The plan's facts that the arithmetic needs. */
	public record Plan(Rhythm rhythm, LocalDate start, @Nullable LocalDate end, List<Pause> pauses, ZoneId zone) {

		boolean isActive(LocalDate day) {
			return !day.isBefore(start) && (end == null || !day.isAfter(end))
					&& pauses.stream().noneMatch(pause -> pause.covers(day));
		}

	}

	/**
	 * Planned and done per week for the days {@code from} to {@code to}, both included,
	 * from the moments of practice (placed in the plan's time zone).
	 */
	public static Summary of(Plan plan, Collection<Instant> completions, LocalDate from, LocalDate to) {
		Map<LocalDate, Integer> doneByDay = completions.stream()
			.collect(
					Collectors.toMap(instant -> instant.atZone(plan.zone()).toLocalDate(), instant -> 1, Integer::sum));
		return ofDays(plan, doneByDay, from, to);
	}

	/**
	 * Planned and done per week for the days {@code from} to {@code to}, both included,
	 * from how many practices each calendar day had (as SQL counts them).
	 */
	public static Summary ofDays(Plan plan, Map<LocalDate, Integer> doneByDay, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<LocalDate, Integer>> doneByWeek = new TreeMap<>();
		doneByDay.forEach((day, count) -> {
			if (!day.isBefore(from) && !day.isAfter(to) && plan.isActive(day)) {
				doneByWeek.computeIfAbsent(mondayOf(day), monday -> new TreeMap<>()).merge(day, count, Integer::sum);
			}
		});
		List<Week> weeks = new ArrayList<>();
		for (LocalDate monday = mondayOf(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
			List<LocalDate> activeDays = activeDays(plan, monday, from, to);
			Map<LocalDate, Integer> done = doneByWeek.getOrDefault(monday, Map.of());
			weeks.add(new Week(monday, planned(plan.rhythm(), activeDays), doneCount(plan.rhythm(), done)));
		}
		int planned = weeks.stream().mapToInt(Week::planned).sum();
		int counted = weeks.stream().mapToInt(Week::counted).sum();
		int done = weeks.stream().mapToInt(Week::done).sum();
		OptionalDouble percent = planned == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * counted / planned);
		return new Summary(weeks, planned, done, percent);
	}

	/**
	 * Whether an active plan has gone quiet for longer than its rhythm allows: daily
	 * after two days without practice; N a week after the days between practices plus
	 * one; on weekdays after the longest gap between chosen days plus one. "When
	 * triggered" is never overdue, nor is a plan on a paused or ended day.
	 */
	public static boolean isOverdue(Plan plan, @Nullable Instant lastCompletion, LocalDate today) {
		return isOverdueSince(plan, lastCompletion == null ? null : lastCompletion.atZone(plan.zone()).toLocalDate(),
				today);
	}

	/** As above, from the calendar day of the last practice. */
	public static boolean isOverdueSince(Plan plan, @Nullable LocalDate lastPracticeDay, LocalDate today) {
		if (plan.rhythm() instanceof Rhythm.WhenTriggered || !plan.isActive(today)) {
			return false;
		}
		LocalDate since = lastPracticeDay == null || lastPracticeDay.isBefore(plan.start()) ? plan.start().minusDays(1)
				: lastPracticeDay;
		long quietDays = activeDaysBetween(plan, since, today);
		return quietDays > allowedGap(plan.rhythm());
	}

	public static LocalDate mondayOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static List<LocalDate> activeDays(Plan plan, LocalDate monday, LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
			if (!day.isBefore(from) && !day.isAfter(to) && plan.isActive(day)) {
				days.add(day);
			}
		}
		return days;
	}

	private static int planned(Rhythm rhythm, List<LocalDate> activeDays) {
		return switch (rhythm) {
			case Rhythm.Daily daily -> activeDays.size();
			case Rhythm.TimesPerWeek weekly -> (int) Math.floor(weekly.times() * activeDays.size() / 7.0 + 0.5);
			case Rhythm.OnWeekdays weekdays ->
				(int) activeDays.stream().filter(day -> weekdays.days().contains(day.getDayOfWeek())).count();
			case Rhythm.WhenTriggered triggered -> 0;
		};
	}

	private static int doneCount(Rhythm rhythm, Map<LocalDate, Integer> doneByDay) {
		return switch (rhythm) {
			case Rhythm.Daily daily -> doneByDay.size();
			case Rhythm.OnWeekdays weekdays -> doneByDay.size();
			case Rhythm.TimesPerWeek weekly -> doneByDay.values().stream().mapToInt(Integer::intValue).sum();
			case Rhythm.WhenTriggered triggered -> doneByDay.values().stream().mapToInt(Integer::intValue).sum();
		};
	}

	/** Active days after {@code since} up to and including {@code today}. */
	private static long activeDaysBetween(Plan plan, LocalDate since, LocalDate today) {
		long count = 0;
		for (LocalDate day = since.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			if (plan.isActive(day)) {
				count++;
			}
		}
		return count;
	}

	private static long allowedGap(Rhythm rhythm) {
		return switch (rhythm) {
			case Rhythm.Daily daily -> 2;
			case Rhythm.TimesPerWeek weekly -> (long) Math.ceil(7.0 / weekly.times()) + 1;
			case Rhythm.OnWeekdays weekdays -> longestGap(weekdays) + 1;
			case Rhythm.WhenTriggered triggered -> Long.MAX_VALUE;
		};
	}

	private static long longestGap(Rhythm.OnWeekdays weekdays) {
		List<Integer> days = weekdays.days().stream().map(DayOfWeek::getValue).sorted().toList();
		long longest = 7 - days.getLast() + days.getFirst();
		for (int i = 1; i < days.size(); i++) {
			longest = Math.max(longest, days.get(i) - days.get(i - 1));
		}
		return longest;
	}

}
