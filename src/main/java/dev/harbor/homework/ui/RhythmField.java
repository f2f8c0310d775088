package dev.harbor.homework.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.harbor.homework.Rhythm;
import dev.harbor.common.ui.WholeNumberField;
import org.jspecify.annotations.Nullable;

/**
 * How often: every day, so many times a week, on chosen weekdays, or when something
 * triggers it. Empty (and so invalid) until the choice is complete.
 */
class RhythmField extends CustomField<Rhythm> {

	enum Kind {

		DAILY, TIMES_PER_WEEK, ON_WEEKDAYS, WHEN_TRIGGERED

	}

	private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();

	private final WholeNumberField times = new WholeNumberField(getTranslation("homework.rhythm.times"), 1, 7);

	private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();

	RhythmField(String label) {
		setLabel(label);
		kind.setItems(Kind.values());
		kind.setItemLabelGenerator(
				value -> getTranslation("homework.rhythm.kind." + value.name().toLowerCase(Locale.ROOT)));
		kind.setAriaLabel(label);
		days.setLabel(getTranslation("homework.rhythm.days"));
		days.setItems(DayOfWeek.values());
		days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, getLocale()));
		kind.addValueChangeListener(change -> showDetails());
		Div details = new Div(times, days);
		details.addClassName("harbor-rhythm-details");
		add(kind, details);
		showDetails();
	}

	@Override
	protected @Nullable Rhythm generateModelValue() {
		if (kind.getValue() == null) {
			return null;
		}
		return switch (kind.getValue()) {
			case DAILY -> new Rhythm.Daily();
			case TIMES_PER_WEEK -> times.getNumber() == null ? null : new Rhythm.TimesPerWeek(times.getNumber());
			case ON_WEEKDAYS -> days.getValue().isEmpty() ? null : new Rhythm.OnWeekdays(days.getValue());
			case WHEN_TRIGGERED -> new Rhythm.WhenTriggered();
		};
	}

	@Override
	protected void setPresentationValue(@Nullable Rhythm rhythm) {
		times.setNumber(3);
		days.setValue(EnumSet.noneOf(DayOfWeek.class));
		switch (rhythm) {
			case null -> kind.clear();
			case Rhythm.Daily daily -> kind.setValue(Kind.DAILY);
			case Rhythm.TimesPerWeek weekly -> {
				kind.setValue(Kind.TIMES_PER_WEEK);
				times.setNumber(weekly.times());
			}
			case Rhythm.OnWeekdays weekdays -> {
				kind.setValue(Kind.ON_WEEKDAYS);
				days.setValue(weekdays.days());
			}
			case Rhythm.WhenTriggered triggered -> kind.setValue(Kind.WHEN_TRIGGERED);
		}
		showDetails();
	}

	private void showDetails() {
		times.setVisible(kind.getValue() == Kind.TIMES_PER_WEEK);
		days.setVisible(kind.getValue() == Kind.ON_WEEKDAYS);
	}

}
