package dev.harbor.common.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * The words of Vaadin's date pickers in the language the page speaks: month and day names
 * from the JDK's locale data, the buttons and the message for a date that cannot be read
 * from the translation provider. Vaadin's own words are English whatever the locale.
 */
final class CalendarWords {

	private CalendarWords() {
	}

	static DatePicker.DatePickerI18n forDates(Component field, Locale locale) {
		return new DatePicker.DatePickerI18n()
			.setMonthNames(Arrays.stream(Month.values())
				.map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
				.toList())
			.setWeekdays(weekdays(TextStyle.FULL, locale))
			.setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
			.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
			.setToday(field.getTranslation("calendar.today"))
			.setCancel(field.getTranslation("calendar.cancel"))
			.setBadInputErrorMessage(field.getTranslation("calendar.badDate"));
	}

	static DateTimePicker.DateTimePickerI18n forMoments(Component field) {
		return new DateTimePicker.DateTimePickerI18n().setDateLabel(field.getTranslation("calendar.date"))
			.setTimeLabel(field.getTranslation("calendar.time"))
			.setBadInputErrorMessage(field.getTranslation("calendar.badMoment"))
			.setIncompleteInputErrorMessage(field.getTranslation("calendar.incompleteMoment"));
	}

	/** Sunday first, as the picker expects, whatever day the week starts on. */
	private static List<String> weekdays(TextStyle style, Locale locale) {
		return Stream.concat(Stream.of(DayOfWeek.SUNDAY), Arrays.stream(DayOfWeek.values()).limit(6))
			.map(day -> day.getDisplayName(style, locale))
			.toList();
	}

}
