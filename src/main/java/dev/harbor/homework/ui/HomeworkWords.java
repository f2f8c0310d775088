package dev.harbor.homework.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import dev.harbor.homework.Rhythm;
import org.jspecify.annotations.Nullable;

/** Plain words for plans and figures, the same on every homework screen. */
final class HomeworkWords {

	private HomeworkWords() {
	}

	static String rhythm(Rhythm rhythm) {
		UI ui = UI.getCurrentOrThrow();
		return switch (rhythm) {
			case Rhythm.Daily daily -> ui.getTranslation("rhythm.daily");
			case Rhythm.TimesPerWeek weekly -> ui.getTranslation("rhythm.timesPerWeek", weekly.times());
			case Rhythm.OnWeekdays weekdays -> ui.getTranslation("homework.rhythm.onDays",
					weekdays.days()
						.stream()
						.sorted()
						.map(day -> day.getDisplayName(TextStyle.FULL, ui.getLocale()))
						.collect(Collectors.joining(", ")));
			case Rhythm.WhenTriggered triggered -> ui.getTranslation("rhythm.whenTriggered");
		};
	}

	/** One decimal, in the reader's language; a dash when there is nothing yet. */
	static String decimal(@Nullable Double value) {
		return value == null ? "–" : String.format(locale(), "%.1f", value);
	}

	static String signedDecimal(@Nullable Double value) {
		return value == null ? "–" : String.format(locale(), "%+.1f", value);
	}

	static String weekday(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, locale());
	}

	private static Locale locale() {
		return UI.getCurrentOrThrow().getLocale();
	}

}
