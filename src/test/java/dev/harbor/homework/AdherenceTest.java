package dev.harbor.homework;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.harbor.homework.Adherence.Plan;
import dev.harbor.homework.Adherence.Summary;
import dev.harbor.homework.Adherence.Week;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdherenceTest {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** A Monday. */
	private static final LocalDate MON = LocalDate.of(2026, 11, 2);

	@Test
	void a_daily_plan_done_every_day_of_a_full_week_is_seven_of_seven() {
		Summary summary = Adherence.of(daily(MON, null), practisedOn(MON, 7), MON, MON.plusDays(6));

		assertThat(summary.weeks()).containsExactly(new Week(MON, 7, 7));
		assertThat(summary.percent()).hasValue(100.0);
	}

	@Test
	void a_plan_that_starts_on_a_thursday_plans_only_four_days_in_its_first_week() {
		LocalDate thursday = MON.plusDays(3);

		Summary summary = Adherence.of(daily(thursday, null), practisedOn(thursday, 2), MON, MON.plusDays(13));

		assertThat(summary.weeks()).containsExactly(new Week(MON, 4, 2), new Week(MON.plusWeeks(1), 7, 0));
		assertThat(summary.percent().getAsDouble()).isCloseTo(100.0 * 2 / 11,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void a_plan_that_ends_on_a_tuesday_plans_two_days_in_its_last_week() {
		Summary summary = Adherence.of(daily(MON, MON.plusDays(1)), List.of(), MON, MON.plusDays(6));

		assertThat(summary.weeks()).containsExactly(new Week(MON, 2, 0));
	}

	@Test
	void paused_days_plan_nothing_and_practice_on_them_does_not_count() {
		Plan plan = new Plan(new Rhythm.Daily(), MON, null, List.of(new Pause(MON.plusDays(2), MON.plusDays(5))),
				BERLIN);

		Summary summary = Adherence.of(plan, practisedOn(MON, 7), MON, MON.plusDays(6));

		assertThat(summary.weeks()).containsExactly(new Week(MON, 4, 4));
		assertThat(summary.percent()).hasValue(100.0);
	}

	@Test
	void an_open_pause_plans_nothing_until_it_ends() {
		Plan plan = new Plan(new Rhythm.Daily(), MON, null, List.of(new Pause(MON.plusDays(1), null)), BERLIN);

		assertThat(Adherence.of(plan, List.of(), MON, MON.plusDays(13)).planned()).isEqualTo(1);
	}

	@Test
	void a_weekly_target_is_scaled_to_a_partial_week_and_extra_practice_does_not_make_up_for_a_missed_week() {
		Plan plan = new Plan(new Rhythm.TimesPerWeek(3), MON.plusDays(4), null, List.of(), BERLIN);
		List<Instant> completions = new ArrayList<>(practisedOn(MON.plusWeeks(1), 5));

		Summary summary = Adherence.of(plan, completions, MON, MON.plusDays(20));

		// Friday to Sunday: 3 of 7 days, 3 x 3/7 = 1.29, rounds to 1.
		assertThat(summary.weeks()).containsExactly(new Week(MON, 1, 0), new Week(MON.plusWeeks(1), 3, 5),
				new Week(MON.plusWeeks(2), 3, 0));
		assertThat(summary.done()).isEqualTo(5);
		assertThat(summary.percent()).hasValue(100.0 * 3 / 7);
	}

	@Test
	void chosen_weekdays_plan_those_days_and_a_day_counts_once_however_often_it_was_done() {
		Plan plan = new Plan(new Rhythm.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)),
				MON, null, List.of(), BERLIN);
		List<Instant> completions = List.of(at(MON, 9), at(MON, 20), at(MON.plusDays(2), 9));

		Summary summary = Adherence.of(plan, completions, MON, MON.plusDays(6));

		assertThat(summary.weeks()).containsExactly(new Week(MON, 3, 2));
	}

	@Test
	void when_triggered_is_counted_and_never_a_percentage() {
		Plan plan = new Plan(new Rhythm.WhenTriggered(), MON, null, List.of(), BERLIN);

		Summary summary = Adherence.of(plan, practisedOn(MON, 3), MON, MON.plusDays(6));

		assertThat(summary.planned()).isZero();
		assertThat(summary.done()).isEqualTo(3);
		assertThat(summary.percent()).isEmpty();
	}

	@Test
	void a_practice_belongs_to_the_clients_day_not_the_servers() {
		// Sunday 12:30 in UTC is already Monday 01:30 in Auckland.
		Instant mondayMorningInAuckland = Instant.parse("2026-11-08T12:30:00Z");
		Plan inAuckland = new Plan(new Rhythm.Daily(), MON, null, List.of(), ZoneId.of("Pacific/Auckland"));
		Plan inUtc = new Plan(new Rhythm.Daily(), MON, null, List.of(), ZoneOffset.UTC);

		assertThat(Adherence.of(inAuckland, List.of(mondayMorningInAuckland), MON, MON.plusDays(13)).weeks())
			.extracting(Week::done)
			.containsExactly(0, 1);
		assertThat(Adherence.of(inUtc, List.of(mondayMorningInAuckland), MON, MON.plusDays(13)).weeks())
			.extracting(Week::done)
			.containsExactly(1, 0);
	}

	@Test
	void the_week_of_a_daylight_saving_change_still_has_seven_days() {
		LocalDate mondayBeforeSpringForward = LocalDate.of(2026, 3, 23);
		LocalDate mondayBeforeFallBack = LocalDate.of(2026, 10, 19);
		Instant justAfterMidnightOnChangeDay = LocalDate.of(2026, 3, 29).atTime(0, 30).atZone(BERLIN).toInstant();

		Summary spring = Adherence.of(daily(mondayBeforeSpringForward, null), List.of(justAfterMidnightOnChangeDay),
				mondayBeforeSpringForward, mondayBeforeSpringForward.plusDays(6));
		Summary autumn = Adherence.of(daily(mondayBeforeFallBack, null), List.of(), mondayBeforeFallBack,
				mondayBeforeFallBack.plusDays(6));

		assertThat(spring.weeks()).containsExactly(new Week(mondayBeforeSpringForward, 7, 1));
		assertThat(autumn.weeks()).containsExactly(new Week(mondayBeforeFallBack, 7, 0));
	}

	@Test
	void a_daily_plan_is_overdue_after_two_quiet_days_but_not_while_paused() {
		Plan plan = daily(MON, null);
		Instant monday = at(MON, 18);

		assertThat(Adherence.isOverdue(plan, monday, MON.plusDays(2))).isFalse();
		assertThat(Adherence.isOverdue(plan, monday, MON.plusDays(3))).isTrue();
		Plan paused = new Plan(new Rhythm.Daily(), MON, null, List.of(new Pause(MON.plusDays(1), null)), BERLIN);
		assertThat(Adherence.isOverdue(paused, monday, MON.plusDays(10))).isFalse();
	}

	@Test
	void weekly_and_weekday_plans_allow_their_natural_gaps_and_triggered_plans_are_never_overdue() {
		Plan threeAWeek = new Plan(new Rhythm.TimesPerWeek(3), MON, null, List.of(), BERLIN);
		Plan mondaysAndThursdays = new Plan(new Rhythm.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)), MON,
				null, List.of(), BERLIN);
		Plan triggered = new Plan(new Rhythm.WhenTriggered(), MON, null, List.of(), BERLIN);

		assertThat(Adherence.isOverdue(threeAWeek, at(MON, 9), MON.plusDays(4))).isFalse();
		assertThat(Adherence.isOverdue(threeAWeek, at(MON, 9), MON.plusDays(5))).isTrue();
		assertThat(Adherence.isOverdue(mondaysAndThursdays, at(MON.plusDays(3), 9), MON.plusDays(8))).isFalse();
		assertThat(Adherence.isOverdue(mondaysAndThursdays, at(MON.plusDays(3), 9), MON.plusDays(9))).isTrue();
		assertThat(Adherence.isOverdue(triggered, null, MON.plusYears(1))).isFalse();
	}

	@Test
	void a_plan_that_never_started_counts_its_quiet_days_from_its_start() {
		assertThat(Adherence.isOverdue(daily(MON, null), null, MON.plusDays(1))).isFalse();
		assertThat(Adherence.isOverdue(daily(MON, null), null, MON.plusDays(2))).isTrue();
	}

	private static Plan daily(LocalDate start, LocalDate end) {
		return new Plan(new Rhythm.Daily(), start, end, List.of(), BERLIN);
	}

	private static List<Instant> practisedOn(LocalDate first, int days) {
		List<Instant> instants = new ArrayList<>();
		for (int i = 0; i < days; i++) {
			instants.add(at(first.plusDays(i), 19));
		}
		return instants;
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(BERLIN).toInstant();
	}

}
