package dev.harbor.client.ui;

import dev.harbor.common.ui.DateField;
import java.time.Clock;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.common.i18n.Language;
import dev.harbor.common.ui.Dates;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.client.Client;
import dev.harbor.client.ClientRules;
import dev.harbor.common.InvalidInputException;
import dev.harbor.client.ProfileChanges;

/**
 * Name, birth date, contact details and start date, with the service's own rules checked
 * at each field as the clinician types. Buffered: nothing changes until the caller saves.
 */
class ProfileForm extends Composite<FormLayout> {

	private final TextField displayName = new TextField();

	private final DatePicker dateOfBirth = new DateField();

	private final TextField email = new TextField();

	private final TextField phone = new TextField();

	private final DatePicker startDate = new DateField();

	private final Select<Language> language = new Select<>();

	private final RecordBinder<ProfileChanges> binder = new RecordBinder<>(ProfileChanges.class);

	ProfileForm(Clock clock) {
		displayName.setLabel(getTranslation("client.field.displayName"));
		displayName.setHelperText(getTranslation("client.field.displayName.help"));
		displayName.setMaxLength(Client.DISPLAY_NAME_MAX);
		displayName.setRequiredIndicatorVisible(true);
		dateOfBirth.setLabel(getTranslation("client.field.dateOfBirth"));
		dateOfBirth.setMax(Dates.today(clock));
		email.setLabel(getTranslation("client.field.email"));
		email.setMaxLength(Client.EMAIL_MAX);
		phone.setLabel(getTranslation("client.field.phone"));
		phone.setMaxLength(Client.PHONE_MAX);
		startDate.setLabel(getTranslation("client.field.startDate"));
		startDate.setRequiredIndicatorVisible(true);
		language.setLabel(getTranslation("client.field.language"));
		language.setHelperText(getTranslation("client.field.language.help"));
		language.setItems(Language.values());
		language.setItemLabelGenerator(Language::ownName);
		getContent().add(displayName, startDate, dateOfBirth, email, phone, language);
		getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
				new FormLayout.ResponsiveStep("36em", 2));
		bind(clock);
	}

	private void bind(Clock clock) {
		binder.text(displayName, "displayName", ClientRules::displayNameProblem);
		binder.forField(dateOfBirth)
			.withValidator(RecordBinder.rule(value -> ClientRules.dateOfBirthProblem(value, Dates.today(clock))))
			.bind("dateOfBirth");
		binder.text(email, "email", ClientRules::emailProblem);
		binder.text(phone, "phone", ClientRules::phoneProblem);
		binder.forField(startDate)
			.withValidator(RecordBinder.rule(value -> ClientRules.startDateProblem(value, Dates.today(clock))))
			.bind("startDate");
		binder.forField(language).asRequired().bind("language");
	}

	void show(ProfileChanges profile) {
		binder.readRecord(profile);
	}

	/**
	 * The typed values if every rule holds; otherwise empty, with each problem shown at
	 * its field.
	 */
	Optional<ProfileChanges> validChanges() {
		return binder.record();
	}

	/** A rule the service enforced after the form let the value through. */
	void showProblem(InvalidInputException problem) {
		binder.show(problem);
	}

	void focus() {
		displayName.focus();
	}

}
