package dev.harbor.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date picker that speaks the page's language: its calendar's months, days and buttons,
 * and the message beside it for a date it cannot read.
 */
public class DateField extends DatePicker {

	public DateField() {
		addAttachListener(attach -> setI18n(CalendarWords.forDates(this, getLocale())));
	}

	public DateField(String label) {
		this();
		setLabel(label);
	}

}
