package dev.harbor.common.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * A date and time picker that speaks the page's language: its calendar, the names of its
 * two parts for screen readers, and the messages beside it for a moment it cannot read.
 */
public class DateTimeField extends DateTimePicker {

	public DateTimeField() {
		addAttachListener(attach -> {
			setDatePickerI18n(CalendarWords.forDates(this, getLocale()));
			setI18n(CalendarWords.forMoments(this));
		});
	}

	public DateTimeField(String label) {
		this();
		setLabel(label);
	}

}
