package dev.harbor.homework;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Rhythm} as three columns: its kind, the times a week, and the chosen weekdays
 * (as "MONDAY,THURSDAY"), so SQL can read a plan without Java.
 */
@Embeddable
class StoredRhythm {

	enum Kind {

		DAILY, TIMES_PER_WEEK, ON_WEEKDAYS, WHEN_TRIGGERED

	}

	@Column(name = "rhythm_kind", nullable = false, length = 20)
	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "rhythm_times")
	private @Nullable Integer times;

	@Column(name = "rhythm_days", length = 70)
	private @Nullable String days;

	protected StoredRhythm() {
	}

	StoredRhythm(Rhythm rhythm) {
		switch (rhythm) {
			case Rhythm.Daily daily -> this.kind = Kind.DAILY;
			case Rhythm.TimesPerWeek weekly -> {
				this.kind = Kind.TIMES_PER_WEEK;
				this.times = weekly.times();
			}
			case Rhythm.OnWeekdays weekdays -> {
				this.kind = Kind.ON_WEEKDAYS;
				this.days = EnumSet.copyOf(weekdays.days())
					.stream()
					.map(DayOfWeek::name)
					.collect(Collectors.joining(","));
			}
			case Rhythm.WhenTriggered triggered -> this.kind = Kind.WHEN_TRIGGERED;
		}
	}

	Rhythm rhythm() {
		return of(kind.name(), times, days);
	}

	/** Reads the three columns back, also from a native query's row. */
	static Rhythm of(String kind, @Nullable Integer times, @Nullable String days) {
		return switch (Kind.valueOf(kind)) {
			case DAILY -> new Rhythm.Daily();
			case TIMES_PER_WEEK -> new Rhythm.TimesPerWeek(times == null ? 1 : times);
			case ON_WEEKDAYS -> new Rhythm.OnWeekdays(Arrays.stream(days == null ? new String[0] : days.split(","))
				.map(DayOfWeek::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
			case WHEN_TRIGGERED -> new Rhythm.WhenTriggered();
		};
	}

}
