package dev.harbor.homework;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** How often a piece of homework is meant to happen. */
public sealed interface Rhythm {

	/** Once every day. */
	record Daily() implements Rhythm {
	}

	/** Any days, so many times in each (Monday to Sunday) week. */
	record TimesPerWeek(int times) implements Rhythm {

		public TimesPerWeek {
			if (times < 1 || times > 7) {
				throw new IllegalArgumentException("A weekly plan has 1 to 7 practices");
			}
		}

	}

	/** On chosen days of the week. */
	record OnWeekdays(Set<DayOfWeek> days) implements Rhythm {

		public OnWeekdays {
			if (days.isEmpty()) {
				throw new IllegalArgumentException("Choose at least one day");
			}
			days = Set.copyOf(EnumSet.copyOf(days));
		}

	}

	/**
	 * No fixed plan: practised when something triggers it. Counted, never a percentage.
	 */
	record WhenTriggered() implements Rhythm {
	}

}
